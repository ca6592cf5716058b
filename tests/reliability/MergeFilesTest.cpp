// SPDX-License-Identifier: GPL-3.0-or-later
// `merge OTHER.db` with the real ladder-cli (docs/formats.md, "Merging
// databases"): the other file is only read, never a byte of it changed, even
// while another process is in the middle of writing to it.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace reliability;

namespace {

// This database in a folder of its own, the other one (a copy of the seeded
// database) in another.
class MergeFiles : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(copySeededDatabase(m_other)); }

    TempDir m_mine;
    TempDir m_theirs;
    const QString m_db = m_mine.file(QStringLiteral("ladder.db"));
    const QString m_other = m_theirs.file(QStringLiteral("other.db"));
};

TEST_F(MergeFiles, TheOtherFileIsLeftByteForByte)
{
    const QByteArray before = fileBytes(m_other);
    ASSERT_FALSE(before.isEmpty());
    const QStringList folder = listing(m_theirs.path());

    const CliRun first = runCli(m_db, {QStringLiteral("merge"), m_other});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains("wins 1 added")) << first.err.toStdString();
    const CliRun second = runCli(m_db, {QStringLiteral("merge"), m_other});
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains("wins 0 added, 0 updated, 1 unchanged")) << second.err.toStdString();

    EXPECT_EQ(fileBytes(m_other), before);
    // A reader of a WAL database, read-only or not, makes SQLite's -wal and
    // -shm beside it when no one else has: the log stays empty.
    for (const QString &name : listing(m_theirs.path()))
        EXPECT_TRUE(folder.contains(name) || name == QStringLiteral("other.db-wal") || name == QStringLiteral("other.db-shm"))
            << name.toStdString();
    EXPECT_EQ(QFileInfo(m_other + QStringLiteral("-wal")).size(), 0);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win")), 1);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM milestone")), 2);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM assessment")), 1);
    EXPECT_TRUE(inspect(m_db).problems.isEmpty());
}

// Another process (this test) holds an open write transaction on the other
// file while ladder-cli merges it: the merge reads the last committed state.
TEST_F(MergeFiles, MergesWhileAnotherProcessIsWritingToTheOther)
{

    sqlite3 *writer = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(m_other).constData(), &writer, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer,
                           "BEGIN IMMEDIATE; UPDATE win SET title = 'half-written'; DELETE FROM milestone; "
                           "INSERT INTO tag(name) VALUES ('uncommitted')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);

    const CliRun r = runCli(m_db, {QStringLiteral("merge"), m_other});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(writer);

    EXPECT_EQ(queryRows(m_db, QStringLiteral("SELECT title FROM win")), (QList<QStringList>{{QStringLiteral("An existing win")}}));
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM milestone")), 2);
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM tag WHERE name = 'uncommitted'")), 0);
}

} // namespace
