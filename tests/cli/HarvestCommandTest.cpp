// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "commands/HarvestGitCommand.h"
#include "GitTestRepo.h"
#include "TempDir.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// A repository of three candidates (two commits on one topic, a README
// change the next day, a pull request merged), all by the repository's
// user.email, plus one commit by someone else.
class HarvestCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_repo = std::make_unique<GitTestRepo>(m_dir.file(u"project"_s));
        m_repo->commit(u"feat(parser): add tokenizer"_s, u"2026-03-02T10:00:00+01:00"_s);
        m_repo->commit(u"fix(parser): handle empty input"_s, u"2026-03-02T11:00:00+01:00"_s);
        m_repo->commit(u"docs: explain setup"_s, u"2026-03-02T12:00:00+01:00"_s, u"bob@example.com"_s);
        m_repo->commit(u"Update README wording"_s, u"2026-03-03T09:00:00+01:00"_s);
        m_repo->git({u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s});
        m_repo->commit(u"Add export button"_s, u"2026-03-04T09:00:00+01:00"_s);
        m_repo->git({u"checkout"_s, u"-q"_s, u"main"_s});
        m_repo->merge(u"feature"_s, u"Merge pull request #12 from org/feature\n\nAdd export to CSV"_s, u"2026-03-04T10:00:00+01:00"_s);
    }

    // What `harvest git REPO --json OPTIONS…` lists.
    QJsonArray listed(const QStringList &options = {})
    {
        const CliResult r = m_cli.run(QStringList{u"harvest"_s, u"git"_s, m_repo->path(), u"--json"_s} + options);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonArray winList()
    {
        const CliResult r = m_cli.run({u"win"_s, u"list"_s, u"--json"_s});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(u"ladder.db"_s)};
    std::unique_ptr<GitTestRepo> m_repo;
};

TEST_F(HarvestCommandTest, JsonListsCandidatesAndSavesNothing)
{
    const QJsonArray candidates = listed();
    ASSERT_EQ(candidates.size(), 4); // parser, README, export button, pull request
    const QJsonObject first = candidates.at(0).toObject();
    EXPECT_EQ(first.keys(), (QStringList{u"body"_s, u"commits"_s, u"date"_s, u"kind"_s, u"repo"_s, u"source"_s, u"title"_s, u"topic"_s}));
    EXPECT_EQ(first.value(u"date"_s).toString(), u"2026-03-02"_s);
    EXPECT_EQ(first.value(u"title"_s).toString(), u"parser: Add tokenizer and 1 more commit"_s);
    EXPECT_EQ(first.value(u"repo"_s).toString(), u"project"_s);
    EXPECT_EQ(first.value(u"kind"_s).toString(), u"commits"_s);
    EXPECT_EQ(first.value(u"commits"_s).toArray().size(), 2);
    EXPECT_EQ(first.value(u"source"_s).toString(), u"git:"_s + first.value(u"commits"_s).toArray().at(0).toString());
    EXPECT_EQ(candidates.at(3).toObject().value(u"kind"_s).toString(), u"pull-request"_s);
    EXPECT_TRUE(winList().isEmpty());
}

TEST_F(HarvestCommandTest, AllSavesEveryCandidateOnceOnly)
{
    const CliResult r = m_cli.run({u"harvest"_s, u"git"_s, m_repo->path(), u"--all"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.err, u"Added 4 wins from 5 commits.\n"_s);
    const QJsonArray wins = winList();
    ASSERT_EQ(wins.size(), 4);

    const CliResult again = m_cli.run({u"harvest"_s, u"git"_s, m_repo->path(), u"--all"_s});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(again.err, u"Added 0 wins from 0 commits.\n"_s);
    EXPECT_EQ(winList().size(), 4);
}

TEST_F(HarvestCommandTest, AuthorChoosesWhoseCommits)
{
    const QJsonArray candidates = listed({u"--author"_s, u"bob@example.com"_s});
    ASSERT_EQ(candidates.size(), 1);
    EXPECT_EQ(candidates.at(0).toObject().value(u"topic"_s).toString(), u"docs"_s);
}

TEST_F(HarvestCommandTest, PeriodNarrowsTheDays)
{
    const QJsonArray candidates = listed({u"--period"_s, u"2026-03-03..2026-03-03"_s});
    ASSERT_EQ(candidates.size(), 1);
    EXPECT_EQ(candidates.at(0).toObject().value(u"title"_s).toString(), u"Update README wording"_s);
}

TEST_F(HarvestCommandTest, OnATerminalTheUserPicks)
{
    // A bad answer is asked again; then 1 and 3-4 are kept.
    const CliResult r = m_cli.runOnTerminal({u"harvest"_s, u"git"_s, m_repo->path()}, u"7\n1,3-4\n"_s);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"1  2026-03-02  parser: Add tokenizer and 1 more commit"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"4  2026-03-04  Merged pull request #12: Add export to CSV"_s)) << r.out.toStdString();
    EXPECT_EQ(r.err.count(u"Keep which?"_s), 2);
    EXPECT_TRUE(r.err.contains(u"Answer with numbers from 1 to 4"_s));
    EXPECT_TRUE(r.err.endsWith(u"Added 3 wins from 4 commits.\n"_s)) << r.err.toStdString();
    QStringList titles;
    for (const QJsonValue &w : winList())
        titles << w.toObject().value(u"title"_s).toString();
    titles.sort();
    EXPECT_EQ(titles,
              (QStringList{u"Add export button"_s, u"Merged pull request #12: Add export to CSV"_s,
                           u"parser: Add tokenizer and 1 more commit"_s}));
}

TEST_F(HarvestCommandTest, EndOfInputOrNoneKeepsNothing)
{
    for (const QString &input : {QString(), u"none\n"_s}) {
        const CliResult r = m_cli.runOnTerminal({u"harvest"_s, u"git"_s, m_repo->path()}, input);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.endsWith(u"Added 0 wins from 0 commits.\n"_s)) << r.err.toStdString();
        EXPECT_TRUE(winList().isEmpty());
    }
}

TEST_F(HarvestCommandTest, WithoutATerminalNeedsAllOrJson)
{
    const CliResult r = m_cli.run({u"harvest"_s, u"git"_s, m_repo->path()});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.count(u'\n'), 1);
    EXPECT_TRUE(r.err.startsWith(u"ladder-cli: usage: harvest git: no terminal"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"--all"_s) && r.err.contains(u"--json"_s));
    EXPECT_FALSE(QFileInfo::exists(m_cli.dbPath()));
}

TEST_F(HarvestCommandTest, NotARepositoryIsOneLineAndChangesNothing)
{
    const QString plain = m_dir.file(u"plain"_s);
    ASSERT_TRUE(QDir().mkpath(plain));
    const CliResult r = m_cli.run({u"harvest"_s, u"git"_s, plain, u"--all"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, u"ladder-cli: error: %1: not a git repository\n"_s.arg(plain));
    EXPECT_FALSE(QFileInfo::exists(m_cli.dbPath()));
}

TEST_F(HarvestCommandTest, BadOptionsAreOneLineAndCreateNothing)
{
    const QList<QPair<QStringList, int>> cases = {
        {{u"harvest"_s, u"git"_s, m_repo->path(), u"--period"_s, u"2026-Q5"_s, u"--all"_s}, 1},
        {{u"harvest"_s, u"git"_s, m_dir.file(u"missing"_s), u"--json"_s}, 1},
        {{u"harvest"_s, u"git"_s, m_repo->path(), u"--all"_s, u"--json"_s}, 2},
    };
    for (const auto &[arguments, code] : cases) {
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, code) << arguments.join(u' ').toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(code == 2 ? u"ladder-cli: usage: "_s : u"ladder-cli: error: "_s)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(m_cli.dbPath()));
    }
}

TEST_F(HarvestCommandTest, DefaultRepositoryIsTheCurrentFolder)
{
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(m_repo->path()));
    const CliResult r = m_cli.run({u"harvest"_s, u"git"_s, u"--json"_s});
    QDir::setCurrent(before);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 4);
}

TEST(HarvestChoice, ReadsNumbersRangesAllAndNone)
{
    using ladder::HarvestGitCommand;
    EXPECT_EQ(HarvestGitCommand::parseChoice(u"1,3-5"_s, 6), (QList<int>{0, 2, 3, 4}));
    EXPECT_EQ(HarvestGitCommand::parseChoice(u" 2 1, 2 "_s, 3), (QList<int>{0, 1}));
    EXPECT_EQ(HarvestGitCommand::parseChoice(u"ALL"_s, 3), (QList<int>{0, 1, 2}));
    EXPECT_EQ(HarvestGitCommand::parseChoice(u"none"_s, 3), QList<int>());
    EXPECT_FALSE(HarvestGitCommand::parseChoice(u""_s, 3).has_value());
    EXPECT_FALSE(HarvestGitCommand::parseChoice(u"0"_s, 3).has_value());
    EXPECT_FALSE(HarvestGitCommand::parseChoice(u"4"_s, 3).has_value());
    EXPECT_FALSE(HarvestGitCommand::parseChoice(u"3-1"_s, 3).has_value());
    EXPECT_FALSE(HarvestGitCommand::parseChoice(u"one"_s, 3).has_value());
}

} // namespace
