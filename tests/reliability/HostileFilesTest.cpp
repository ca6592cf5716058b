// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files and paths (issue "Nothing lost", docs/reliability.md): the
// database's own files as an output, interrupted writes and backups, files
// that are not Ladder's, paths that are not files, permissions. Each case
// runs the real ladder-cli (or opens the file through core) and checks that
// Ladder refuses in one line and leaves every byte as it was.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include "application/Workspace.h"
#include "storage/SchemaManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

using namespace reliability;

namespace {

void expectOneErrorLine(const CliRun &r, const QStringList &mentions, const std::string &context)
{
    EXPECT_EQ(r.code, 1) << context << ": " << r.err.toStdString();
    EXPECT_FALSE(r.crashed) << context;
    const QStringList lines = r.errLines();
    ASSERT_EQ(lines.size(), 1) << context << ": " << r.err.toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("ladder-cli: error: "))) << context << ": " << r.err.toStdString();
    for (const QString &m : mentions)
        EXPECT_TRUE(lines.first().contains(m, Qt::CaseInsensitive))
            << context << ": '" << m.toStdString() << "' not in: " << r.err.toStdString();
}

int permissions(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Makes an SQLite file as another program would: `sql`, then the pragmas.
bool makeSqliteFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

class HostileFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeFile(m_dir.file(QStringLiteral("seed.json")), importFile(200, QStringLiteral("Earlier win"))));
        const CliRun r = runCli(m_db, {QStringLiteral("import"), m_dir.file(QStringLiteral("seed.json"))});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        QFile::remove(m_dir.file(QStringLiteral("seed.json")));
        m_before = fileBytes(m_db);
    }

    void expectDatabaseUntouched(const std::string &context)
    {
        EXPECT_TRUE(fileBytes(m_db) == m_before) << context << ": the database file changed";
        const DbReport report = inspect(m_db);
        EXPECT_TRUE(report.opened) << context << ": " << report.openError.toStdString();
        EXPECT_TRUE(report.problems.isEmpty()) << context << ": " << report.problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(report.wins, 200) << context;
    }

    TempDir m_dir;
    QString m_db = m_dir.file(QStringLiteral("ladder.db"));
    QByteArray m_before;
};

// Every command that writes a file, pointed at every file of the database.
TEST_F(HostileFiles, NoOutputMayBeTheDatabaseOrOneOfItsSideFiles)
{
    const QString other = m_dir.file(QStringLiteral("other"));
    ASSERT_TRUE(QDir().mkpath(other));
    // Other names for the same files: a symbolic link, a hard link, a detour.
    ASSERT_EQ(::symlink(QFile::encodeName(m_db).constData(), QFile::encodeName(other + QStringLiteral("/link.db")).constData()), 0);
    ASSERT_EQ(::symlink(QFile::encodeName(m_db + QStringLiteral("-wal")).constData(),
                        QFile::encodeName(other + QStringLiteral("/link-to-wal")).constData()),
              0);
    ASSERT_EQ(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(other + QStringLiteral("/hard.db")).constData()), 0);
    const QStringList targets = {m_db,
                                 m_db + QStringLiteral("-wal"),
                                 m_db + QStringLiteral("-shm"),
                                 m_db + QStringLiteral("-journal"),
                                 other + QStringLiteral("/link.db"),
                                 other + QStringLiteral("/link-to-wal"),
                                 other + QStringLiteral("/hard.db"),
                                 other + QStringLiteral("/../ladder.db-wal")};
    const QList<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("-o")},
        {QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("software-engineer"), QStringLiteral("-o")},
        {QStringLiteral("report"), QStringLiteral("readiness"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o")},
        {QStringLiteral("report"), QStringLiteral("brag"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o")},
        {QStringLiteral("report"), QStringLiteral("readiness"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o")},
        {QStringLiteral("backup")},
    };
    for (const QStringList &command : commands) {
        for (const QString &target : targets) {
            const std::string context = (command.join(QLatin1Char(' ')) + QLatin1Char(' ') + target).toStdString();
            const CliRun r = runCli(m_db, command + QStringList{target});
            expectOneErrorLine(r, {QStringLiteral("database")}, context);
            expectDatabaseUntouched(context);
            EXPECT_FALSE(QFileInfo::exists(m_db + QStringLiteral("-journal"))) << context;
        }
    }
}

TEST_F(HostileFiles, AFailedOutputLeavesTheOldFileAndNoTemporaryFile)
{
    const QString out = m_dir.file(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QList<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("-o"), out + QStringLiteral("/file")},
        // Every win in an appendix: the 3-page summary alone is below the limit.
        {QStringLiteral("report"), QStringLiteral("readiness"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--evidence"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
         out + QStringLiteral("/file")},
        {QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("software-engineer"), QStringLiteral("-o"),
         out + QStringLiteral("/file")},
    };
    for (const QStringList &command : commands) {
        const std::string context = command.join(QLatin1Char(' ')).toStdString();
        ASSERT_TRUE(writeFile(out + QStringLiteral("/file"), "the old content\n"));
        CliOptions options;
        // Above SQLite's shared-memory file (32 KiB), below each output.
        options.childModifier = fileSizeLimit(40000);
        const CliRun r = runCli(m_db, command, options);
        expectOneErrorLine(r, {out + QStringLiteral("/file"), QStringLiteral("size limit")}, context);
        EXPECT_EQ(fileBytes(out + QStringLiteral("/file")), QByteArray("the old content\n")) << context;
        EXPECT_EQ(listing(out), QStringList{QStringLiteral("file")}) << context;
    }
}

TEST_F(HostileFiles, AFullDeviceIsAnErrorNotASuccess)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full";
    const QList<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("/dev/full")},
        {QStringLiteral("framework"), QStringLiteral("export"), QStringLiteral("software-engineer"), QStringLiteral("-o"),
         QStringLiteral("/dev/full")},
        {QStringLiteral("report"), QStringLiteral("readiness"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"),
         QStringLiteral("/dev/full")},
        {QStringLiteral("report"), QStringLiteral("brag"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
         QStringLiteral("/dev/full")},
    };
    for (const QStringList &command : commands) {
        const std::string context = command.join(QLatin1Char(' ')).toStdString();
        const CliRun r = runCli(m_db, command);
        expectOneErrorLine(r, {QStringLiteral("/dev/full"), QStringLiteral("disk full")}, context);
        EXPECT_TRUE(QFileInfo(QStringLiteral("/dev/full")).isFile() == false) << context << ": /dev/full was replaced";
    }
}

TEST_F(HostileFiles, AnInterruptedBackupLeavesNoFileThatCouldBeOpened)
{
    const QString backup = m_dir.file(QStringLiteral("backup.db"));
    CliOptions options;
    options.childModifier = fileSizeLimit(rlim_t(m_before.size() / 2));
    const CliRun r = runCli(m_db, {QStringLiteral("backup"), backup}, options);
    expectOneErrorLine(r, {backup, QStringLiteral("size limit")}, "backup");
    EXPECT_FALSE(QFileInfo::exists(backup));
    EXPECT_EQ(listing(m_dir.path()), QStringList{QStringLiteral("ladder.db")});
    expectDatabaseUntouched("backup");

    // A complete backup opens as the same data, readable by its owner only.
    const CliRun done = runCli(m_db, {QStringLiteral("backup"), backup});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(permissions(backup), 0600);
    EXPECT_EQ(inspect(backup).wins, 200);
}

TEST_F(HostileFiles, AnEmptyOrHalfWrittenFileIsRefusedNotInitialised)
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
    };
    const QList<Case> cases = {
        {"empty.db", QByteArray()},
        {"half-a-page.db", m_before.left(m_before.size() / 2 + 100)},
        {"first-pages.db", m_before.left(4096 * 3)}, // whole pages, the rest missing
        {"header-only.db", m_before.left(100)},
    };
    for (const Case &c : cases) {
        const QString path = m_dir.file(QLatin1String(c.name));
        ASSERT_TRUE(writeFile(path, c.bytes));
        for (const QStringList &command : {QStringList{QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("A win")},
                                           QStringList{QStringLiteral("win"), QStringLiteral("list")}}) {
            const std::string context = std::string(c.name) + " " + command.join(QLatin1Char(' ')).toStdString();
            const CliRun r = runCli(path, command);
            expectOneErrorLine(r, {path}, context);
            EXPECT_TRUE(fileBytes(path) == c.bytes) << context << ": the file was changed";
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << context;
        }
        QFile::remove(path);
    }
}

TEST_F(HostileFiles, AnotherApplicationsSqliteFileIsRefusedUntouched)
{
    struct Case
    {
        const char *name;
        const char *sql;
    };
    const QList<Case> cases = {
        {"version-1.db",
         "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES('mine'); PRAGMA user_version = 1;"},
        {"version-2.db", "CREATE TABLE win(id INTEGER PRIMARY KEY, title TEXT); PRAGMA user_version = 2;"},
        {"version-3.db", "CREATE TABLE t(x); PRAGMA user_version = 3;"},
        {"other-app.db", "CREATE TABLE t(x); PRAGMA application_id = 1179604052; PRAGMA user_version = 1;"},
        {"no-tables.db", "PRAGMA user_version = 0; PRAGMA page_size = 4096; VACUUM;"},
        {"wal-mode.db", "PRAGMA journal_mode = WAL; CREATE TABLE t(x); PRAGMA user_version = 2;"},
    };
    for (const Case &c : cases) {
        const QString path = m_dir.file(QLatin1String(c.name));
        ASSERT_TRUE(makeSqliteFile(path, c.sql)) << c.name;
        const QByteArray before = fileBytes(path);
        ASSERT_FALSE(before.isEmpty()) << c.name;
        const CliRun r = runCli(path, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("A win")});
        expectOneErrorLine(r, {path, QStringLiteral("not a Ladder database")}, c.name);
        EXPECT_FALSE(r.err.contains("SQL")) << r.err.toStdString();
        EXPECT_TRUE(fileBytes(path) == before) << c.name << ": the file was changed";
        for (const QString &name : listing(m_dir.path()))
            EXPECT_FALSE(name.contains(QStringLiteral(".bak"))) << c.name << ": " << name.toStdString();
    }
}

TEST_F(HostileFiles, OnlyAFilePathIsADatabase)
{
    const QString folder = m_dir.file(QStringLiteral("empty-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QStringList paths = {QString(),
                               QStringLiteral(":memory:"),
                               QStringLiteral("file:") + m_dir.file(QStringLiteral("uri.db")),
                               QStringLiteral("file:x.db?mode=memory"),
                               QStringLiteral("file:") + m_dir.file(QStringLiteral("vfs.db")) + QStringLiteral("?vfs=unix-none"),
                               folder,
                               QStringLiteral("/dev/null")};
    const QDir cwd = QDir::current();
    QDir::setCurrent(m_dir.path());
    for (const QString &path : paths) {
        ladder::Result<std::unique_ptr<ladder::Workspace>> ws = ladder::Workspace::open(path);
        EXPECT_FALSE(ws.ok()) << "opened '" << path.toStdString() << "'";
    }
    QDir::setCurrent(cwd.path());
    EXPECT_EQ(listing(m_dir.path()), (QStringList{QStringLiteral("empty-folder"), QStringLiteral("ladder.db")}));
    EXPECT_TRUE(listing(folder).isEmpty());
}

TEST_F(HostileFiles, LaddersFilesAndFoldersAreTheOwnersAlone)
{
    // An existing database made readable by others (an older Ladder, a copy).
    ASSERT_EQ(::chmod(QFile::encodeName(m_db).constData(), 0644), 0);
    ASSERT_EQ(runCli(m_db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("A win")}).code, 0);
    EXPECT_EQ(permissions(m_db), 0600);

    // New folders on the way to a new database, whatever the umask says.
    const QString deep = m_dir.file(QStringLiteral("a/b/ladder.db"));
    const mode_t old = ::umask(022);
    const CliRun r = runCli(deep, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("A win")});
    ::umask(old);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(permissions(m_dir.file(QStringLiteral("a"))), 0700);
    EXPECT_EQ(permissions(m_dir.file(QStringLiteral("a/b"))), 0700);
    EXPECT_EQ(permissions(deep), 0600);

    // What Ladder writes holds the same private data.
    const QString exported = m_dir.file(QStringLiteral("export.json"));
    ASSERT_EQ(runCli(m_db, {QStringLiteral("export"), QStringLiteral("-o"), exported}).code, 0);
    EXPECT_EQ(permissions(exported), 0600);
}

TEST_F(HostileFiles, NewDatabasesCarryLaddersApplicationId)
{
    EXPECT_EQ(queryInt(m_db, QStringLiteral("PRAGMA application_id")), ladder::SchemaManager::ApplicationId);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("PRAGMA user_version")), ladder::SchemaManager::CurrentVersion);
}

} // namespace
