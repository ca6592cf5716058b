// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ladder {

// One open SQLite database file: the single source of truth shared by the CLI
// and the GUI. Opening sets the pragmas of docs/architecture.md "Data safety"
// (WAL, foreign keys, busy timeout, synchronous=FULL) and brings the schema up to date, with
// a backup of the file before any upgrade. A file written by a newer Ladder,
// or one that is not a Ladder database (by its application_id, or for files
// older than it by its tables), is refused and left untouched; so is an empty
// file. Only a file path is a database: not "", ":memory:" or an SQLite URI.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // ReadOnly reads another Ladder file (a merge) through SQLite alone: it
    // is opened with SQLITE_OPEN_READONLY, nothing is set or upgraded, and a
    // file of an older schema version is refused (it would need an upgrade).
    enum class Mode { ReadWrite, CreateIfMissing, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    // True when this open created the file (a caller seeds the built-in framework).
    bool isNew() const { return m_isNew; }

    // Runs SQL without parameters (schema, pragmas); throws StorageError.
    void exec(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Changes whenever another connection commits to the file: the GUI polls
    // it to notice writes made by ladder-cli (PRAGMA data_version).
    qint64 dataVersion();

    // A consistent copy made with SQLite's online backup API while others may
    // write; the copy is created 0600.
    Result<void> backupTo(const QString &destination);
    // PRAGMA integrity_check and foreign_key_check; empty list when healthy.
    Result<QStringList> check();

    // Translated message for an SQLite failure code, naming this file.
    QString describe(int sqliteCode) const;
    [[noreturn]] void fail(int sqliteCode) const;

    // Prepared statements are kept for reuse: preparing costs more than running
    // the small statements a write is made of (docs/performance.md).
    // `idle` receives the cache's list of idle statements of this SQL (stable
    // while the database is open; null when the cache is full), to hand back
    // on return: taking and returning a cached statement allocates nothing.
    using IdleStatements = std::vector<sqlite3_stmt *>;
    sqlite3_stmt *takeStatement(std::string_view sql, IdleStatements **idle);
    void returnStatement(IdleStatements *idle, sqlite3_stmt *statement);

private:
    // PRAGMA journal_mode=WAL, waiting for the lock it needs (see the .cpp).
    void enableWriteAheadLog();
    Result<void> checkWholePages();

    Database(sqlite3 *db, QString path, bool isNew);
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool isNew, bool readOnly = false);
    // Makes a new, complete database file at `path` (absolute).
    static Result<void> create(const QString &path);
    static constexpr std::size_t MaxCachedStatements = 128;

    // Looks SQL text up without making a std::string of it.
    struct SqlHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept { return std::hash<std::string_view>{}(sql); }
    };

    sqlite3 *m_db;
    std::unordered_map<std::string, IdleStatements, SqlHash, std::equal_to<>> m_idleStatements;
    QString m_path;
    bool m_isNew;
    bool m_registered = false; // in DatabaseFiles
};

} // namespace ladder
