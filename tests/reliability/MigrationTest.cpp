// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations:
// - a fixture of each earlier schema version (tests/fixtures/schema-vN.ladder.db,
//   made by the Ladder of that version with ladder-seed --example and one win
//   added by ladder-cli) upgrades through the real binary with an owner-only
//   backup beside it and every row intact;
// - a version-0 file (empty, or an SQLite file with no tables) is refused;
// - SchemaManager::upgrade with test steps (a next version and a failing one
//   after it, as a future Ladder would have) backs the file up beside itself
//   (0600) before the first step, keeps all data, rolls a failing step back,
//   refuses to start when the backup cannot be made, and does each step once
//   when two connections upgrade the same file.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Workspace.h"
#include "storage/Database.h"
#include "storage/SchemaManager.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace reliability;
using namespace ladder;

namespace {

mode_t permissions(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

// A file that exists is a Ladder database or it is refused: an empty file
// (a first use killed half-way used to leave one) and an SQLite file without
// tables are never silently made into a new database, since they may be a
// backup or copy cut short. New databases appear complete (Database::create).
TEST(Migration, AnEmptyFileIsRefusedNotInitialised)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_TRUE(writeFile(db, {}));
    const CliRun r = runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("First win in an empty file")});
    EXPECT_EQ(r.code, 1);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("empty file")) << r.err.toStdString();
    EXPECT_EQ(QFileInfo(db).size(), 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ladder.db")});
}

TEST(Migration, AVersion0SqliteFileWithoutTablesIsRefused)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version = 0; VACUUM;")});
    if (!sqlite.waitForFinished(30000) || sqlite.exitCode() != 0)
        GTEST_SKIP() << "the sqlite3 shell is not installed";
    const QByteArray before = fileBytes(db);
    ASSERT_GT(before.size(), 0);
    const CliRun r = runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("First win")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("not a Ladder database")) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(db) == before);
}

// Every row of a Ladder file that an upgrade must keep, as text: wins with
// their links, ratings, goals with milestones and skills, settings, the
// framework. Read with the sqlite3 API, so that reading never upgrades.
QString dataOf(const QString &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT id, uuid, occurred_on, title, body, impact, starred, created_at, updated_at, tags FROM win ORDER BY id"),
        QStringLiteral("SELECT win_id, tag_id FROM win_tag ORDER BY 1, 2"),
        QStringLiteral("SELECT id, name FROM tag ORDER BY id"),
        QStringLiteral("SELECT win_id, skill_slug FROM win_skill ORDER BY 1, 2"),
        QStringLiteral("SELECT win_id, goal_id FROM win_goal ORDER BY 1, 2"),
        QStringLiteral("SELECT * FROM assessment ORDER BY id"),
        QStringLiteral("SELECT id, uuid, title, note, status, created_on, due_on, closed_on FROM goal ORDER BY id"),
        QStringLiteral("SELECT * FROM milestone ORDER BY id"),
        QStringLiteral("SELECT * FROM goal_skill ORDER BY 1, 2"),
        // Version 5 moved the current level from a setting onto the framework.
        QStringLiteral("SELECT * FROM setting WHERE key <> 'current-level' ORDER BY key"),
        QStringLiteral("SELECT slug, name, active FROM framework ORDER BY id"),
        QStringLiteral("SELECT count(*) FROM skill"),
    };
    QString out;
    for (const QString &query : queries) {
        for (const QStringList &row : queryRows(db, query))
            out += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        out += QStringLiteral("--\n");
    }
    return out;
}

class EarlierVersion : public ::testing::TestWithParam<int>
{
};

TEST_P(EarlierVersion, UpgradesWithAnOwnerOnlyBackupAndKeepsEveryRow)
{
    const int version = GetParam();
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    const QString fixture = QStringLiteral(LADDER_FIXTURES_DIR "/schema-v%1.ladder.db").arg(version);
    ASSERT_TRUE(QFile::copy(fixture, db)) << fixture.toStdString();
    ASSERT_TRUE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ASSERT_EQ(queryInt(db, QStringLiteral("PRAGMA user_version")), version);
    const QString before = dataOf(db);
    ASSERT_GT(queryInt(db, QStringLiteral("SELECT count(*) FROM win")), 90);
    const QStringList level = version < 5 ? queryRows(db, QStringLiteral("SELECT value FROM setting WHERE key = 'current-level'")).value(0)
                                          : queryRows(db, QStringLiteral("SELECT current_level FROM framework WHERE active = 1")).value(0);
    ASSERT_EQ(level, QStringList{QStringLiteral("mid-level")});

    // Any command upgrades; this one also proves the old file's index works.
    const CliRun found = runCli(db, {QStringLiteral("search"), QStringLiteral("schema upgrade")});
    ASSERT_EQ(found.code, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains("Kept through the schema upgrade")) << found.out.toStdString();

    EXPECT_EQ(queryInt(db, QStringLiteral("PRAGMA user_version")), SchemaManager::CurrentVersion);
    EXPECT_EQ(queryInt(db, QStringLiteral("PRAGMA application_id")), SchemaManager::ApplicationId);
    EXPECT_EQ(dataOf(db), before);
    EXPECT_EQ(queryRows(db, QStringLiteral("SELECT current_level FROM framework WHERE active = 1")).value(0), level);
    const DbReport report = inspect(db);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM win_fts")), queryInt(db, QStringLiteral("SELECT count(*) FROM win")));

    const QString backup = SchemaManager::backupPath(db, version);
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(permissions(backup), 0600u);
    EXPECT_EQ(queryInt(backup, QStringLiteral("PRAGMA user_version")), version);
    EXPECT_EQ(dataOf(backup), before);

    // A win added after the upgrade is found by search, like the old ones.
    const CliRun added = runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Written after the upgrade")});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const CliRun again = runCli(db, {QStringLiteral("search"), QStringLiteral("upgrade")});
    EXPECT_TRUE(again.out.contains("Written after the upgrade")) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains("Kept through the schema upgrade")) << again.out.toStdString();
}

// One fixture per version before the current one.
INSTANTIATE_TEST_SUITE_P(Fixtures, EarlierVersion, ::testing::Range(1, SchemaManager::CurrentVersion),
                         [](const ::testing::TestParamInfo<int> &info) { return "SchemaVersion" + std::to_string(info.param); });

// Test steps, as a future Ladder would have them: the files start at the
// current version, so the steps up to it are never run here.
void neverRun(Database &)
{
    ADD_FAILURE() << "a step up to the current version ran on a current file";
}

// The steps of a future Ladder: Ladder's own version, then `next`.
std::vector<SchemaManager::Step> futureSteps(std::initializer_list<SchemaManager::Step> next)
{
    std::vector<SchemaManager::Step> steps(std::size_t(SchemaManager::CurrentVersion), neverRun);
    steps.insert(steps.end(), next);
    return steps;
}

constexpr int Current = SchemaManager::CurrentVersion;

// The next version: a new table filled from existing rows, and a new column.
void toNextVersion(Database &db)
{
    db.exec("CREATE TABLE win_review (win_id INTEGER PRIMARY KEY REFERENCES win(id) ON DELETE CASCADE, reviewed INTEGER NOT NULL);"
            "INSERT INTO win_review(win_id, reviewed) SELECT id, starred FROM win;"
            "ALTER TABLE goal ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;");
}

// The version after that fails half-way: its first statements must not survive.
void toVersionAfterFailing(Database &db)
{
    db.exec("CREATE TABLE half_done (x INTEGER);"
            "INSERT INTO half_done VALUES (1);"
            "UPDATE win SET title = 'overwritten';"
            "INSERT INTO no_such_table VALUES (1);");
}

class SchemaUpgrade : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A current database with wins, a goal and ratings, closed.
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_db);
        ASSERT_TRUE(ws.ok()) << ws.error().message().toStdString();
        for (int i = 0; i < 40; ++i) {
            Win win;
            win.title = QStringLiteral("Win %1").arg(i);
            win.date = QDate(2026, 1, 1).addDays(i);
            win.starred = i % 3 == 0;
            win.tags = {QStringLiteral("t%1").arg(i % 4)};
            ASSERT_TRUE((*ws)->journal().add(win).ok());
        }
        Goal goal;
        goal.title = QStringLiteral("A goal");
        goal.createdOn = QDate(2026, 1, 1);
        ASSERT_TRUE((*ws)->goals().add(goal).ok());
        ws->reset();
        m_export = exportOf(m_db);
    }

    QByteArray exportOf(const QString &db)
    {
        const CliRun r = runCli(db, {QStringLiteral("export"), QStringLiteral("-o"), m_dir.file(QStringLiteral("export.json"))});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return fileBytes(m_dir.file(QStringLiteral("export.json")));
    }

    std::unique_ptr<Database> open()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_db, Database::Mode::ReadWrite);
        EXPECT_TRUE(db.ok()) << db.error().message().toStdString();
        return db ? std::move(*db) : nullptr;
    }

    TempDir m_dir;
    QString m_db = m_dir.file(QStringLiteral("ladder.db"));
    QString m_backup = SchemaManager::backupPath(m_db, Current);
    QByteArray m_export;
};

TEST_F(SchemaUpgrade, UpgradesWithAnOwnerOnlyBackupBesideTheFileAndKeepsAllData)
{
    std::unique_ptr<Database> db = open();
    ASSERT_TRUE(db);
    const Result<void> upgraded = SchemaManager::upgrade(*db, Current, futureSteps({toNextVersion}));
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message().toStdString();
    db.reset();

    EXPECT_EQ(queryInt(m_db, QStringLiteral("PRAGMA user_version")), Current + 1);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win_review")), 40);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win_review WHERE reviewed = 1")), 14);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win")), 40);
    EXPECT_TRUE(inspect(m_db).problems.isEmpty());

    // The backup: beside the file, owner-only, version 1, the same data.
    ASSERT_TRUE(QFileInfo::exists(m_backup));
    EXPECT_EQ(permissions(m_backup), 0600u);
    EXPECT_EQ(queryInt(m_backup, QStringLiteral("PRAGMA user_version")), Current);
    EXPECT_TRUE(inspect(m_backup).problems.isEmpty());
    EXPECT_EQ(exportOf(m_backup), m_export);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files), QStringList{});
}

TEST_F(SchemaUpgrade, AFailingStepIsRolledBackAndTheBackupStays)
{
    std::unique_ptr<Database> db = open();
    ASSERT_TRUE(db);
    const Result<void> upgraded = SchemaManager::upgrade(*db, Current, futureSteps({toNextVersion, toVersionAfterFailing}));
    ASSERT_FALSE(upgraded.ok());
    const QString message = upgraded.error().message();
    EXPECT_TRUE(
        message.contains(QStringLiteral("cannot upgrade %1 from schema version %2 to %3").arg(m_db).arg(Current + 1).arg(Current + 2)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("no such table: no_such_table"))) << message.toStdString();
    EXPECT_TRUE(message.contains(m_backup)) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1Char('\n')));
    db.reset();

    // The next version was done and committed; nothing of the failed step is left.
    EXPECT_EQ(queryInt(m_db, QStringLiteral("PRAGMA user_version")), Current + 1);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")), 0);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win WHERE title = 'overwritten'")), 0);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win")), 40);
    EXPECT_TRUE(inspect(m_db).problems.isEmpty());
    ASSERT_TRUE(QFileInfo::exists(m_backup));
    EXPECT_EQ(permissions(m_backup), 0600u);
    EXPECT_EQ(exportOf(m_backup), m_export);
}

TEST_F(SchemaUpgrade, NoBackupNoUpgrade)
{
    // Something in the way of the backup: the upgrade must not start.
    ASSERT_TRUE(QDir().mkpath(m_backup));
    const QByteArray before = fileBytes(m_db);
    std::unique_ptr<Database> db = open();
    ASSERT_TRUE(db);
    const Result<void> upgraded = SchemaManager::upgrade(*db, Current, futureSteps({toNextVersion}));
    ASSERT_FALSE(upgraded.ok());
    EXPECT_TRUE(upgraded.error().message().contains(QStringLiteral("the backup before the upgrade failed")))
        << upgraded.error().message().toStdString();
    db.reset();
    EXPECT_EQ(queryInt(m_db, QStringLiteral("PRAGMA user_version")), Current);
    EXPECT_EQ(fileBytes(m_db), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files), QStringList{});
}

// Two programs open the file at the same moment (the GUI and a script), both
// read the current version, then upgrade one after the other: each step runs
// once, and the backup named after the current version holds that version.
TEST_F(SchemaUpgrade, TwoConnectionsUpgradingAtOnceRunEachStepOnce)
{
    std::unique_ptr<Database> first = open();
    std::unique_ptr<Database> second = open();
    ASSERT_TRUE(first && second);
    const std::vector<SchemaManager::Step> steps = futureSteps({toNextVersion});
    const Result<void> a = SchemaManager::upgrade(*first, Current, steps);
    ASSERT_TRUE(a.ok()) << a.error().message().toStdString();
    const Result<void> b = SchemaManager::upgrade(*second, Current, steps); // still believes the file is at the current version
    EXPECT_TRUE(b.ok()) << b.error().message().toStdString();
    first.reset();
    second.reset();
    EXPECT_EQ(queryInt(m_db, QStringLiteral("PRAGMA user_version")), Current + 1);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win_review")), 40);
    EXPECT_EQ(queryInt(m_backup, QStringLiteral("PRAGMA user_version")), Current);
    EXPECT_EQ(exportOf(m_backup), m_export);
}

} // namespace
