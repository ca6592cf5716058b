// SPDX-License-Identifier: GPL-3.0-or-later
// ladder-cli merge OTHER.db (docs/formats.md, "Merging databases"), in process.
#include "CliRunner.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

class MergeCommand : public ::testing::Test
{
protected:
    // A database with one win, in a folder of its own.
    QString otherWithAWin(const QString &title)
    {
        const QString path = m_dir.file(u"other.db"_s);
        CliRunner other(path);
        EXPECT_EQ(other.run({u"win"_s, u"add"_s, title, u"--date"_s, u"2026-03-04"_s}).code, 0);
        return path;
    }

    QString winList()
    {
        const CliResult r = m_cli.run({u"win"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.out;
    }

    void expectRefused(const QStringList &arguments, const QString &expected)
    {
        const QString before = winList();
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 1) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith(u"ladder-cli: error: "_s)) << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
        EXPECT_EQ(winList(), before);
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(u"ladder.db"_s)};
};

TEST_F(MergeCommand, PrintsTheReportAndASecondRunChangesNothing)
{
    const QString other = otherWithAWin(u"Led the failover drill"_s);
    const CliResult dry = m_cli.run({u"merge"_s, other, u"--dry-run"_s});
    ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.err,
              u"Would merge %1: wins 1 added, 0 updated, 0 unchanged; goals 0 added, 0 updated, 0 unchanged; "
              u"ratings 0 added, 0 unchanged; frameworks 0 added, 1 unchanged.\n"_s.arg(other));
    EXPECT_FALSE(winList().contains(u"Led the failover drill"_s));

    const CliResult first = m_cli.run({u"merge"_s, other});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.startsWith(u"Merged %1: wins 1 added,"_s.arg(other))) << first.err.toStdString();
    EXPECT_TRUE(winList().contains(u"Led the failover drill"_s));

    const CliResult second = m_cli.run({u"merge"_s, other});
    ASSERT_EQ(second.code, 0);
    EXPECT_TRUE(second.err.contains(u"wins 0 added, 0 updated, 1 unchanged"_s)) << second.err.toStdString();
}

TEST_F(MergeCommand, RefusesThisDatabaseItselfByAnyPath)
{
    ASSERT_EQ(m_cli.run({u"win"_s, u"add"_s, u"Only here"_s}).code, 0);
    const QString link = m_dir.file(u"link.db"_s);
    ASSERT_TRUE(QFile::link(m_cli.dbPath(), link));
    for (const QString &path : {m_cli.dbPath(), link, m_dir.path() + u"/./ladder.db"_s})
        expectRefused({u"merge"_s, path}, u"this database itself"_s);
}

TEST_F(MergeCommand, RefusesWhatIsNotALadderDatabaseOfThisVersion)
{
    ASSERT_EQ(m_cli.run({u"win"_s, u"add"_s, u"Only here"_s}).code, 0);
    expectRefused({u"merge"_s, m_dir.file(u"missing.db"_s)}, u"no such database"_s);
    EXPECT_FALSE(QFileInfo::exists(m_dir.file(u"missing.db"_s)));

    const QString text = m_dir.file(u"notes.txt"_s);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all\n");
    f.close();
    expectRefused({u"merge"_s, text}, u"not a Ladder database"_s);

    const QString newer = otherWithAWin(u"From the future"_s);
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(newer).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    expectRefused({u"merge"_s, newer}, u"newer Ladder"_s);
}

// The built-in framework's UUIDs are fixed in its file: two new databases
// export the very same framework file.
TEST_F(MergeCommand, TwoNewDatabasesExportTheSameBuiltInFramework)
{
    CliRunner other(m_dir.file(u"other.db"_s));
    const CliResult mine = m_cli.run({u"framework"_s, u"export"_s, u"-o"_s, u"-"_s});
    const CliResult theirs = other.run({u"framework"_s, u"export"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(mine.code, 0) << mine.err.toStdString();
    ASSERT_EQ(theirs.code, 0) << theirs.err.toStdString();
    EXPECT_TRUE(mine.out.contains(u"\"uuid\""_s));
    EXPECT_EQ(mine.out.toUtf8(), theirs.out.toUtf8());
}

TEST_F(MergeCommand, NeedsTheOtherFile)
{
    const CliResult r = m_cli.run({u"merge"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(QFileInfo::exists(m_cli.dbPath()));
}

} // namespace
