// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "files/DatabaseFiles.h"
#include "files/OutputFile.h"
#include "files/SystemError.h"
#include "SchemaManager.h"
#include "Statement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <csignal>
#include <fcntl.h>

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ladder {

namespace {

// Long enough that a GUI and several CLI writers queue behind each other
// instead of seeing "database is locked".
constexpr int BusyTimeoutMs = 15000;

} // namespace

namespace {

// Only a real file path is a database. SQLite would also take ":memory:" and,
// as built by Debian, "file:" URIs (mode=memory, vfs=…): writes to those go
// nowhere or somewhere else, and an empty path makes a temporary database.
Result<QString> databasePath(const QString &given)
{
    if (given.isEmpty())
        return Error(Database::tr("the database path is empty"));
    if (given == QLatin1String(":memory:") || given.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return Error(
            Database::tr("%1: only a file path can be a database (not an SQLite URI or :memory:); to use a file of that name, write ./%1")
                .arg(given));
    // Absolute, so that SQLite never reads the name as a URI.
    return QFileInfo(given).absoluteFilePath();
}

// Creates the missing folders of `folder`, each readable by its owner only.
Result<void> makePrivateFolders(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    const QString parent = QFileInfo(folder).absolutePath();
    if (parent != folder) {
        if (auto made = makePrivateFolders(parent); !made)
            return made;
    }
    const QByteArray native = QFile::encodeName(folder);
    if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
        return Error(Database::tr("cannot create the folder %1: %2").arg(folder, systemErrorText(errno)));
    ::chmod(native.constData(), S_IRWXU); // whatever the umask
    return {};
}

// Ladder's files are their owner's alone, those made by an older Ladder or
// copied with another umask included. chmod opens nothing (see DatabaseFiles).
void makePrivate(const QString &path)
{
    for (const QString &file : QStringList{path} + DatabaseFiles::sideFiles(path)) {
        const QByteArray native = QFile::encodeName(file);
        struct stat info = {};
        if (::stat(native.constData(), &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid()
            && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
            ::chmod(native.constData(), S_IRUSR | S_IWUSR);
    }
}

// Temporary files of first uses that were killed before they finished
// (".NAME.new-PID-XXXXXX" beside the database): nobody else can be using them
// once their process is gone.
void removeAbandonedNewFiles(const QFileInfo &database)
{
    const QString prefix = QStringLiteral(".") + database.fileName() + QStringLiteral(".new-");
    const QDir folder(database.absolutePath());
    const QStringList names = folder.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString pidText = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0);
        bool ok = false;
        const long pid = pidText.toLong(&ok);
        if (!ok || pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH))
            QFile::remove(folder.filePath(name));
    }
}

bool isLadderSchema(Database &db)
{
    // The tables every Ladder schema of versions 1 and 2 has; a file made
    // before Ladder set its application_id is recognised by them.
    Statement s(db,
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                "('setting', 'framework', 'level', 'category', 'skill', 'expectation', 'assessment', 'goal', "
                "'milestone', 'goal_skill', 'win', 'tag', 'win_tag', 'win_skill', 'win_goal', 'win_fts')");
    s.step();
    if (s.integer(0) != 16)
        return false;
    Statement columns(db,
                      "SELECT count(*) FROM pragma_table_info('win') WHERE name IN "
                      "('uuid', 'occurred_on', 'title', 'body', 'impact', 'starred', 'tags')");
    columns.step();
    return columns.integer(0) == 7;
}

} // namespace

Database::Database(sqlite3 *db, QString path, bool isNew)
    : m_db(db)
    , m_path(std::move(path))
    , m_isNew(isNew)
{
}

Database::~Database()
{
    for (auto &[sql, statements] : m_idleStatements) {
        for (sqlite3_stmt *statement : statements)
            sqlite3_finalize(statement);
    }
    sqlite3_close_v2(m_db);
    if (m_registered)
        DatabaseFiles::remove(m_path);
}

sqlite3_stmt *Database::takeStatement(std::string_view sql, IdleStatements **idle)
{
    // References to an unordered_map's elements survive rehashing.
    auto it = m_idleStatements.find(sql);
    if (it == m_idleStatements.end() && m_idleStatements.size() < MaxCachedStatements)
        it = m_idleStatements.emplace(std::string(sql), IdleStatements()).first;
    *idle = it == m_idleStatements.end() ? nullptr : &it->second;
    if (*idle && !it->second.empty()) {
        sqlite3_stmt *statement = it->second.back();
        it->second.pop_back();
        return statement;
    }
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
    return statement;
}

void Database::returnStatement(IdleStatements *idle, sqlite3_stmt *statement)
{
    if (!idle) {
        sqlite3_finalize(statement);
        return;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    idle->push_back(statement);
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool isNew, bool readOnly)
{
    sqlite3 *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    // No SQLITE_OPEN_CREATE: a database file is only ever made by create(),
    // complete, under a temporary name.
    const int rc = sqlite3_open_v2(native.constData(), &raw,
                                   (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        return Error(tr("cannot open %1: %2").arg(path, why));
    }
    std::unique_ptr<Database> db(new Database(raw, path, isNew));
    sqlite3_busy_timeout(raw, BusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Result<void> Database::create(const QString &path)
{
    const QFileInfo info(path);
    if (auto made = makePrivateFolders(info.absolutePath()); !made)
        return made;
    removeAbandonedNewFiles(info);
    // Made complete (schema and application_id) under a temporary name, then
    // linked into place: a file at `path` is always a whole Ladder database,
    // so an empty or half-made file is never mistaken for a new one, and a
    // killed first use leaves nothing behind at `path`.
    QByteArray temporary = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                             + QStringLiteral(".new-%1-XXXXXX").arg(QCoreApplication::applicationPid()));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // 0600
    if (fd < 0)
        return Error(tr("cannot create %1: %2").arg(path, systemErrorText(errno)));
    ::close(fd);
    const QString temporaryPath = QFile::decodeName(temporary);
    auto removeTemporary = [&] {
        for (const QString &file : QStringList{temporaryPath} + DatabaseFiles::sideFiles(temporaryPath))
            ::unlink(QFile::encodeName(file).constData());
    };
    {
        Result<std::unique_ptr<Database>> db = connect(temporaryPath, true);
        if (!db) {
            removeTemporary();
            return db.error();
        }
        try {
            (*db)->enableWriteAheadLog();
            (*db)->exec("PRAGMA synchronous=FULL");
            (*db)->exec("PRAGMA foreign_keys=ON");
            if (auto upgraded = SchemaManager::upgrade(**db, 0); !upgraded) {
                db->reset();
                removeTemporary();
                return upgraded.error();
            }
        } catch (const StorageError &e) {
            const QString why = e.message();
            db->reset();
            removeTemporary();
            return Error(why);
        }
        // Closing the only connection checkpoints the log into the file.
    }
    int linked = ::link(temporary.constData(), QFile::encodeName(path).constData());
    if (linked != 0 && errno != EEXIST) {
        // File systems without hard links: a rename that never replaces.
        linked = ::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, QFile::encodeName(path).constData(), RENAME_NOREPLACE);
    }
    const int linkError = errno;
    removeTemporary();
    // EEXIST: another process made the file first; it is opened like any other.
    if (linked != 0 && linkError != EEXIST)
        return Error(tr("cannot create %1: %2").arg(path, systemErrorText(linkError)));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &givenPath, Mode mode)
{
    Result<QString> checkedPath = databasePath(givenPath);
    if (!checkedPath)
        return checkedPath.error();
    const QString &path = *checkedPath;
    bool isNew = false;
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno != ENOENT)
            return Error(tr("cannot open %1: %2").arg(givenPath, systemErrorText(errno)));
        if (mode != Mode::CreateIfMissing)
            return Error(tr("%1: no such database").arg(givenPath));
        if (auto created = create(path); !created)
            return created.error();
        isNew = true;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return Error(tr("cannot open %1: %2").arg(givenPath, systemErrorText(errno)));
    }
    if (S_ISDIR(info.st_mode))
        return Error(tr("%1 is a folder, not a database file").arg(givenPath));
    if (!S_ISREG(info.st_mode))
        return Error(tr("%1 is not a regular file, so it cannot be a database").arg(givenPath));
    if (info.st_size == 0)
        return Error(tr("%1 is an empty file, not a Ladder database; it was left untouched (remove it to start a new database there)")
                         .arg(givenPath));

    Result<std::unique_ptr<Database>> connected = connect(path, isNew, mode == Mode::ReadOnly);
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(*connected);
    DatabaseFiles::add(path);
    db->m_registered = true;
    if (auto whole = db->checkWholePages(); !whole)
        return whole.error();

    try {
        // Read before anything writes: a newer or foreign file must stay untouched.
        // One statement, so one snapshot: another process creating the schema
        // (version and tables in one transaction) is seen wholly or not at all.
        int version = 0;
        int applicationId = 0;
        {
            Statement s(*db, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id)");
            s.step();
            version = s.integer(0);
            applicationId = s.integer(1);
        }
        const bool ours = applicationId == SchemaManager::ApplicationId
            || (applicationId == 0 && version >= 1 && version < SchemaManager::ApplicationIdVersion && isLadderSchema(*db));
        if (!ours)
            return Error(tr("%1 is not a Ladder database; it was left untouched").arg(givenPath));
        if (version > SchemaManager::CurrentVersion) {
            return Error(tr("%1 was written by a newer Ladder (schema version %2; this one reads up to %3); it was left untouched")
                             .arg(givenPath)
                             .arg(version)
                             .arg(SchemaManager::CurrentVersion));
        }
        if (mode == Mode::ReadOnly) {
            if (version < SchemaManager::CurrentVersion)
                return Error(tr("%1 was written by an older Ladder (schema version %2); open it once with this Ladder (for example "
                                "ladder-cli --db %1 check) to bring it up to date, then try again; it was left untouched")
                                 .arg(givenPath)
                                 .arg(version));
            return db;
        }
        // Before anything else is created: SQLite gives the -wal and -shm it
        // makes the database's own mode, so they follow from here on.
        makePrivate(path);
        db->enableWriteAheadLog();
        // FULL: in WAL mode NORMAL can lose the last commits on a power cut; a win
        // reported as saved must survive one (cost measured in docs/performance.md).
        db->exec("PRAGMA synchronous=FULL");
        db->exec("PRAGMA foreign_keys=ON");
        // SQLite's default page cache (2 MiB) keeps everyday commands small
        // (docs/performance.md: CLI peak memory); bulk adds raise it for their
        // own transaction (WinStore::addMany).
        if (auto upgraded = SchemaManager::upgrade(*db, version); !upgraded)
            return upgraded.error();
    } catch (const StorageError &e) {
        if (e.code() == SQLITE_NOTADB || (e.code() & 0xff) == SQLITE_CORRUPT)
            return Error(tr("%1 is not a Ladder database (or it is damaged); it was left untouched").arg(givenPath));
        return Error(e.message());
    }
    return db;
}

// An SQLite file is a whole number of pages, as many as its header says.
// SQLite reads a missing end as zeros without a word, so a file cut short (a
// copy interrupted, a full disk while copying) is refused here before
// anything reads or writes it. The header is read through SQLite's own open
// file: any other open and close of the database would drop SQLite's locks.
Result<void> Database::checkWholePages()
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return {};
    char header[100] = {};
    if (file->pMethods->xRead(file, header, sizeof header, 0) != SQLITE_OK)
        return {}; // shorter than a header: SQLite refuses it
    if (std::memcmp(header, "SQLite format 3", 16) != 0)
        return {}; // not an SQLite file: SQLite refuses it
    auto bigEndian = [&](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) | (quint32(quint8(header[at + 2])) << 8)
            | quint32(quint8(header[at + 3]));
    };
    const int stored = (int(quint8(header[16])) << 8) | int(quint8(header[17]));
    const qint64 pageSize = stored == 1 ? 65536 : stored;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {};
    // With a write-ahead log beside it, the pages in the log are copied back
    // whole at the next checkpoint: SQLite recovers that file itself. Another
    // process may be checkpointing right now, writing the header before the
    // pages it counts; it deletes the log only when it has finished, so the
    // size is read after the log was seen gone.
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
        return {};
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return {};
    // The header's own page count, trusted when it was written by the same
    // change as the header ("version-valid-for" equals the change counter).
    const bool countValid = bigEndian(92) == bigEndian(24) && bigEndian(28) > 0;
    if (size % pageSize == 0 && (!countValid || qint64(bigEndian(28)) * pageSize <= size))
        return {};
    return Error(tr("%1 is damaged: it is cut short (was it copied only in part?); it was left untouched").arg(m_path));
}

void Database::enableWriteAheadLog()
{
    // Switching a file to WAL takes an exclusive lock, and SQLite answers
    // SQLITE_BUSY at once, without its busy handler, when another process is
    // switching or creating the same new file at that moment (seen with five
    // first uses at once: Concurrency.FirstUseBySeveralProcessesAtOnce). So
    // it is tried again here, within the same time as any other lock.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            exec("PRAGMA journal_mode=WAL");
            return;
        } catch (const StorageError &e) {
            if ((e.code() & 0xff) != SQLITE_BUSY || waited.elapsed() > BusyTimeoutMs)
                throw;
        }
        sqlite3_sleep(2);
    }
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    errno = 0; // see describe()
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::dataVersion()
{
    Statement s(*this, "PRAGMA data_version");
    s.step();
    return s.int64(0);
}

Result<void> Database::backupTo(const QString &destination)
{
    // Written under a temporary name, checked, then renamed into place: an
    // interrupted backup never leaves a file that could be taken for one.
    OutputFile output(destination);
    if (auto created = output.create(); !created)
        return created;
    const QString partial = output.releaseToWriter();
    if (partial.isEmpty())
        return Error(tr("backup %1: the backup must be a regular file").arg(destination));
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
        if (backup) {
            // One step copies a consistent snapshot: a reader transaction in WAL
            // mode does not block writers and is not disturbed by them.
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    int systemError = rc == SQLITE_OK ? 0 : sqlite3_system_errno(target);
    if (rc == SQLITE_OK) {
        // The copy must read back as a whole database before it takes the name.
        sqlite3_stmt *check = nullptr;
        rc = sqlite3_prepare_v2(target, "PRAGMA quick_check", -1, &check, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW) {
            const char *answer = reinterpret_cast<const char *>(sqlite3_column_text(check, 0));
            rc = answer && std::strcmp(answer, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
        } else if (rc == SQLITE_OK) {
            rc = sqlite3_errcode(target);
        }
        sqlite3_finalize(check);
    }
    const QString why = systemError != 0 ? systemErrorText(systemError) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(target);
    ::unlink(QFile::encodeName(partial + QStringLiteral("-journal")).constData());
    if (rc != SQLITE_OK) {
        output.discard();
        return Error(tr("backup %1 failed: %2; nothing was written").arg(destination, why));
    }
    return output.commit();
}

Result<QStringList> Database::check()
{
    try {
        QStringList problems;
        Statement integrity(*this, "PRAGMA integrity_check");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok"))
                problems << line;
        }
        Statement keys(*this, "PRAGMA foreign_key_check");
        while (keys.step())
            problems << tr("row %1 of table %2 points at a missing row of %3").arg(keys.text(1), keys.text(0), keys.text(2));
        Statement fts(*this, "INSERT INTO win_fts(win_fts, rank) VALUES('integrity-check', 1)");
        fts.run();
        return problems;
    } catch (const StorageError &e) {
        return Error(e.message());
    }
}

QString Database::describe(int code) const
{
    // SQLite reports every failed write as "disk I/O error" and does not keep
    // the system's reason for a failed commit. errno is cleared before each
    // call into SQLite (exec, step), so a value here comes from the call that failed.
    const int systemError = errno != 0 ? errno : sqlite3_system_errno(m_db);
    switch (code & 0xff) {
    case SQLITE_FULL: return tr("%1: the disk is full; nothing was saved").arg(m_path);
    case SQLITE_READONLY:
        if (code == SQLITE_READONLY_DIRECTORY || code == SQLITE_READONLY_CANTINIT || code == SQLITE_READONLY_CANTLOCK)
            return tr("%1: its folder is read-only, and SQLite must create %2-wal and %2-shm beside the file even to read it")
                .arg(m_path, QFileInfo(m_path).fileName());
        return tr("%1 is read-only; nothing was saved").arg(m_path);
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return tr("%1 is busy (another program kept it locked for too long); nothing was saved").arg(m_path);
    case SQLITE_IOERR:
        switch (systemError) {
        case ENOSPC: return tr("%1: the disk is full; nothing was saved").arg(m_path);
        case EDQUOT: return tr("%1: the disk quota is used up; nothing was saved").arg(m_path);
        case EFBIG: return tr("%1: the file has reached the size limit set for it (see ulimit -f); nothing was saved").arg(m_path);
        default: break;
        }
        return tr("%1: input/output error (%2); nothing was saved").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return tr("%1 is damaged or not a Ladder database").arg(m_path);
    case SQLITE_CANTOPEN: return tr("cannot open %1").arg(m_path);
    case SQLITE_PERM: return tr("%1: permission denied").arg(m_path);
    default: return tr("%1: database error: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
}

void Database::fail(int code) const
{
    throw StorageError(code, describe(code));
}

} // namespace ladder
