// SPDX-License-Identifier: GPL-3.0-or-later
// ladder-cli __complete, the hidden command behind the shell completions
// (resources/completions): candidates from the user's own file, read-only.
#include "CliRunner.h"
#include "TempDir.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#define S(x) QStringLiteral(x)

namespace {

class CompleteCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const QStringList &args : {QStringList{S("goal"), S("add"), S("Lead the migration"), S("--skill"), S("testing")},
                                        QStringList{S("goal"), S("add"), S("Mentor a new hire")},
                                        QStringList{S("win"), S("add"), S("Cut p99"), S("--tag"), S("perf"), S("--tag"), S("latency")},
                                        QStringList{S("win"), S("add"), S("Wrote the runbook"), S("--tag"), S("docs")}}) {
            const CliResult r = m_cli.run(args);
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
    }

    QStringList lines(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(QStringList{S("__complete")} + arguments);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};
};

TEST_F(CompleteCommand, SkillsOfTheActiveFrameworkWithTheirNames)
{
    const QStringList all = lines({S("skills")});
    EXPECT_TRUE(all.contains(S("system-design\tSystem design"))) << all.join(S("|")).toStdString();
    // "systems" is a category, not a skill.
    EXPECT_EQ(lines({S("skills"), S("sys")}), QStringList{S("system-design\tSystem design")});
}

TEST_F(CompleteCommand, LevelsFrameworksGoalsAndTags)
{
    EXPECT_EQ(lines({S("levels")}),
              (QStringList{S("junior\tJunior"), S("mid-level\tMid-level"), S("senior\tSenior"), S("architect\tArchitect")}));
    EXPECT_EQ(lines({S("levels"), S("s")}), QStringList{S("senior\tSenior")});
    EXPECT_EQ(lines({S("frameworks")}), QStringList{S("software-engineer\tSoftware engineer")});
    EXPECT_EQ(lines({S("goals")}), (QStringList{S("1\tLead the migration"), S("2\tMentor a new hire")}));
    EXPECT_EQ(lines({S("goals"), S("2")}), QStringList{S("2\tMentor a new hire")});
    EXPECT_EQ(lines({S("tags")}), (QStringList{S("docs"), S("latency"), S("perf")}));
    EXPECT_EQ(lines({S("tags"), S("p")}), QStringList{S("perf")});
}

TEST_F(CompleteCommand, FormatsNeedNoDatabase)
{
    TempDir other;
    CliRunner cli(other.file(S("none.db")));
    const CliResult r = cli.run({S("__complete"), S("report-formats")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, S("md\nhtml\npdf\n"));
    const CliResult formats = cli.run({S("__complete"), S("formats"), S("jrnl")});
    EXPECT_EQ(formats.out, S("jrnl\njrnl-text\n"));
    EXPECT_FALSE(QFileInfo::exists(cli.dbPath()));
}

TEST_F(CompleteCommand, AMissingDatabaseOffersNothingAndIsNotCreated)
{
    TempDir other;
    CliRunner cli(other.file(S("none.db")));
    for (const char *kind : {"skills", "levels", "frameworks", "goals", "tags"}) {
        const CliResult r = cli.run({S("__complete"), QString::fromUtf8(kind)});
        EXPECT_EQ(r.code, 0) << kind;
        EXPECT_TRUE(r.out.isEmpty()) << kind;
        EXPECT_TRUE(r.err.isEmpty()) << kind << ": " << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(cli.dbPath())) << kind;
    }
}

TEST_F(CompleteCommand, HonoursDbAndWritesNothing)
{
    const QByteArray before = fileBytes(m_cli.dbPath());
    const qint64 modified = QFileInfo(m_cli.dbPath()).lastModified().toMSecsSinceEpoch();
    TempDir other;
    CliRunner elsewhere(other.file(S("none.db")));
    const CliResult r = elsewhere.run({S("--db"), m_cli.dbPath(), S("__complete"), S("goals")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, S("1\tLead the migration\n2\tMentor a new hire\n"));
    EXPECT_EQ(fileBytes(m_cli.dbPath()), before);
    EXPECT_EQ(QFileInfo(m_cli.dbPath()).lastModified().toMSecsSinceEpoch(), modified);
    EXPECT_FALSE(QFileInfo::exists(elsewhere.dbPath()));
}

TEST_F(CompleteCommand, IsHiddenFromTheCommandList)
{
    const CliResult r = m_cli.run({S("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(S("skill rate")));
    EXPECT_FALSE(r.out.contains(S("__complete")));
}

TEST_F(CompleteCommand, AnUnknownKindIsAUsageError)
{
    const CliResult r = m_cli.run({S("__complete"), S("wins")});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
}

} // namespace
