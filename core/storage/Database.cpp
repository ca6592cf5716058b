#include "Database.h"

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

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// Long enough that a GUI and several CLI writers queue behind each other
// instead of seeing "database is locked".
constexpr int BusyTimeoutMs = 15000;

} // namespace

Result<void> createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error(tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    // The umask may only remove bits; fchmod makes 0600 exact either way.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!ok)
        return Error(tr("cannot set permissions of %1").arg(path));
    return {};
}

namespace {

// A new database file, 0600. O_EXCL: when another process has created it since
// we looked, it is left as it is (never truncated) and opened like any other.
Result<void> createNewPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        return Error(tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!ok)
        return Error(tr("cannot set permissions of %1").arg(path));
    return {};
}

// An SQLite file is a whole number of pages. SQLite reads a missing end of
// the last page as zeros without a word, so a file cut short part-way through a
// page (a copy interrupted, a full disk while copying) is refused here before
// anything reads or writes it.
Result<void> checkWholePages(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};  // SQLite says why it cannot open it
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {};  // not an SQLite file: SQLite refuses it
    const int stored = (int(quint8(header[16])) << 8) | int(quint8(header[17]));
    const qint64 pageSize = stored == 1 ? 65536 : stored;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize == 0)
        return {};
    // With a write-ahead log beside it, the pages in the log are copied back
    // whole at the next checkpoint: SQLite recovers that file itself.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    return Error(tr("%1 is damaged: it ends part-way through a page (was it copied only in part?); it was left untouched").arg(path));
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    QFileInfo info(path);
    bool isNew = !info.exists();
    if (isNew) {
        if (mode != Mode::CreateIfMissing)
            return Error(tr("%1: no such database").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error(tr("cannot create the folder %1").arg(info.absolutePath()));
        if (auto created = createNewPrivateFile(path); !created)
            return created.error();
        info.refresh();
    }
    if (info.isDir())
        return Error(tr("%1 is a folder, not a database file").arg(path));
    if (info.size() == 0) {
        // An empty file is what createPrivateFile leaves if we died right after
        // it, or what another process first using the file has just made.
        isNew = true;
    } else if (auto whole = checkWholePages(path, info.size()); !whole) {
        return whole.error();
    }

    sqlite3 *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        return Error(tr("cannot open %1: %2").arg(path, why));
    }
    std::unique_ptr<Database> db(new Database(raw, path, isNew));
    sqlite3_busy_timeout(raw, BusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);

    try {
        // Read before anything writes: a newer or foreign file must stay untouched.
        // One statement, so one snapshot: another process creating the schema
        // (version and tables in one transaction) is seen wholly or not at all.
        int version = 0;
        int tables = 0;
        {
            Statement s(*db, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)");
            s.step();
            version = s.integer(0);
            tables = s.integer(1);
        }
        if (version == 0 && !isNew && tables > 0)
            return Error(tr("%1 is an SQLite database but not a Ladder database; it was left untouched").arg(path));
        if (version > SchemaManager::CurrentVersion) {
            return Error(tr("%1 was written by a newer Ladder (schema version %2; this one reads up to %3); it was left untouched")
                             .arg(path)
                             .arg(version)
                             .arg(SchemaManager::CurrentVersion));
        }
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
            return Error(tr("%1 is not a Ladder database (or it is damaged); it was left untouched").arg(path));
        return Error(e.message());
    }
    return db;
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
    errno = 0;  // see describe()
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
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Error(tr("backup %1: the backup must not be the database itself").arg(destination));
    if (auto created = createPrivateFile(destination); !created)
        return created.error();
    sqlite3 *target = nullptr;
    const QByteArray native = QFile::encodeName(destination);
    int rc = sqlite3_open_v2(native.constData(), &target, SQLITE_OPEN_READWRITE, nullptr);
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
    const QString why = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK) {
        QFile::remove(destination);
        return Error(tr("backup %1 failed: %2").arg(destination, why));
    }
    return {};
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
    case SQLITE_READONLY: return tr("%1 is read-only; nothing was saved").arg(m_path);
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
