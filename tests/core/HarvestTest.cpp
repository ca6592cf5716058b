// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/Harvest.h"
#include "application/Journal.h"
#include "GitTestRepo.h"
#include "interchange/GitLog.h"
#include "interchange/HarvestGrouping.h"
#include "QtPrinters.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;

namespace {

// A repository with two authors, grouped commits, a pull request merged with
// a description and a plain branch merge, over four days of March 2026.
class HarvestTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_repo = std::make_unique<GitTestRepo>(m_dir.file(QStringLiteral("project")));
        GitTestRepo &r = *m_repo;
        m_parser1 = r.commit(QStringLiteral("feat(parser): add tokenizer"), QStringLiteral("2026-03-02T10:00:00+01:00"));
        m_parser2 = r.commit(QStringLiteral("fix(parser): handle empty input"), QStringLiteral("2026-03-02T11:00:00+01:00"));
        m_ticket1 = r.commit(QStringLiteral("ABC-123 Add login page"), QStringLiteral("2026-03-02T12:00:00+01:00"));
        r.commit(QStringLiteral("docs: explain setup"), QStringLiteral("2026-03-02T12:30:00+01:00"), QStringLiteral("bob@example.com"));
        m_ticket2 = r.commit(QStringLiteral("Fix login redirect for ABC-123"), QStringLiteral("2026-03-02T13:00:00+01:00"));
        m_readme = r.commit(QStringLiteral("Update README wording"), QStringLiteral("2026-03-03T09:00:00+01:00"));

        r.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature-export")});
        m_feature = r.commit(QStringLiteral("Add export button"), QStringLiteral("2026-03-04T09:00:00+01:00"));
        r.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        m_pullRequest = r.merge(QStringLiteral("feature-export"),
                                QStringLiteral("Merge pull request #12 from org/feature-export\n\nAdd export to CSV"),
                                QStringLiteral("2026-03-04T10:00:00+01:00"));

        r.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("hotfix")});
        r.commit(QStringLiteral("Fix crash on start"), QStringLiteral("2026-03-05T09:00:00+01:00"));
        r.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        m_merge = r.merge(QStringLiteral("hotfix"), QStringLiteral("Merge branch 'hotfix'"), QStringLiteral("2026-03-05T10:00:00+01:00"));
    }

    QList<HarvestCandidate> candidates(const QString &author = {}, const std::optional<Period> &period = std::nullopt)
    {
        Result<QList<HarvestCandidate>> found = m_ws->harvest().candidates({m_repo->path()}, author, period);
        EXPECT_TRUE(found.ok()) << found.error().message().toStdString();
        return found ? *found : QList<HarvestCandidate>();
    }

    static const HarvestCandidate *withSha(const QList<HarvestCandidate> &list, const QString &sha)
    {
        for (const HarvestCandidate &c : list) {
            if (c.shas.contains(sha))
                return &c;
        }
        return nullptr;
    }

    std::unique_ptr<GitTestRepo> m_repo;
    QString m_parser1, m_parser2, m_ticket1, m_ticket2, m_readme, m_feature, m_pullRequest, m_merge;
};

TEST_F(HarvestTest, GroupsCommitsByDayAndTopic)
{
    const QList<HarvestCandidate> found = candidates();
    // parser, ABC-123, README, export button, PR #12, crash fix, hotfix merge.
    ASSERT_EQ(found.size(), 7);

    const HarvestCandidate *parser = withSha(found, m_parser1);
    ASSERT_NE(parser, nullptr);
    EXPECT_EQ(parser->shas, (QStringList{m_parser1, m_parser2}));
    EXPECT_EQ(parser->kind, HarvestCandidate::Kind::Commits);
    EXPECT_EQ(parser->topic, QStringLiteral("parser"));
    EXPECT_EQ(parser->date, QDate(2026, 3, 2));
    EXPECT_EQ(parser->repo, QStringLiteral("project"));
    EXPECT_EQ(parser->title, QStringLiteral("parser: Add tokenizer and 1 more commit"));
    EXPECT_EQ(parser->body,
              QStringLiteral("- feat(parser): add tokenizer (%1)\n- fix(parser): handle empty input (%2)")
                  .arg(m_parser1.left(7), m_parser2.left(7)));

    const HarvestCandidate *ticket = withSha(found, m_ticket1);
    ASSERT_NE(ticket, nullptr);
    EXPECT_EQ(ticket->shas, (QStringList{m_ticket1, m_ticket2}));
    EXPECT_EQ(ticket->topic, QStringLiteral("ABC-123"));
    EXPECT_EQ(ticket->title, QStringLiteral("ABC-123 Add login page and 1 more commit"));

    const HarvestCandidate *readme = withSha(found, m_readme);
    ASSERT_NE(readme, nullptr);
    EXPECT_EQ(readme->shas, QStringList{m_readme});
    EXPECT_EQ(readme->title, QStringLiteral("Update README wording"));
    EXPECT_EQ(readme->date, QDate(2026, 3, 3));

    // Oldest first.
    for (qsizetype i = 1; i < found.size(); ++i)
        EXPECT_LE(found.at(i - 1).date, found.at(i).date);
}

TEST_F(HarvestTest, MergesAreCandidatesOfTheirOwn)
{
    const QList<HarvestCandidate> found = candidates();
    const HarvestCandidate *pr = withSha(found, m_pullRequest);
    ASSERT_NE(pr, nullptr);
    EXPECT_EQ(pr->shas, QStringList{m_pullRequest});
    EXPECT_EQ(pr->kind, HarvestCandidate::Kind::PullRequest);
    EXPECT_EQ(pr->title, QStringLiteral("Merged pull request #12: Add export to CSV"));
    EXPECT_EQ(pr->date, QDate(2026, 3, 4));
    EXPECT_TRUE(pr->body.startsWith(QStringLiteral("- Merge pull request #12 from org/feature-export (%1)").arg(m_pullRequest.left(7))));

    const HarvestCandidate *merge = withSha(found, m_merge);
    ASSERT_NE(merge, nullptr);
    EXPECT_EQ(merge->kind, HarvestCandidate::Kind::Merge);
    EXPECT_EQ(merge->title, QStringLiteral("Merged branch hotfix"));

    // The branch's own commit stays a candidate of its day.
    const HarvestCandidate *feature = withSha(found, m_feature);
    ASSERT_NE(feature, nullptr);
    EXPECT_EQ(feature->shas, QStringList{m_feature});
}

TEST_F(HarvestTest, AuthorFilterTakesOnlyThatAuthorsCommits)
{
    const QList<HarvestCandidate> bob = candidates(QStringLiteral("BOB@example.com"));
    ASSERT_EQ(bob.size(), 1);
    EXPECT_EQ(bob.first().title, QStringLiteral("Explain setup"));
    EXPECT_EQ(bob.first().topic, QStringLiteral("docs"));
    // Without --author, the repository's user.email (ada): bob's docs commit is not proposed.
    for (const HarvestCandidate &c : candidates())
        EXPECT_NE(c.topic, QStringLiteral("docs"));
}

TEST_F(HarvestTest, PeriodKeepsTheAuthorsDaysInside)
{
    Result<Period> period = Period::parse(QStringLiteral("2026-03-03..2026-03-04"), QDate(2026, 11, 22));
    ASSERT_TRUE(period.ok());
    const QList<HarvestCandidate> found = candidates({}, *period);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(0).shas, QStringList{m_readme});
    for (const HarvestCandidate &c : found)
        EXPECT_TRUE(period->contains(c.date)) << c.date.toString(Qt::ISODate).toStdString();
}

TEST_F(HarvestTest, ProposingWritesNothing)
{
    ASSERT_FALSE(candidates().isEmpty());
    EXPECT_EQ(*m_ws->journal().count({}), 0);
}

TEST_F(HarvestTest, SavedCandidatesBecomeWinsAndAreNotProposedAgain)
{
    const QList<HarvestCandidate> found = candidates();
    const HarvestCandidate parser = *withSha(found, m_parser1);
    const HarvestCandidate pr = *withSha(found, m_pullRequest);
    Result<HarvestSummary> saved = m_ws->harvest().save({parser, pr});
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    EXPECT_EQ(saved->winsAdded, 2);
    EXPECT_EQ(saved->commits, 3);
    EXPECT_EQ(saved->winIds.size(), 2);

    Result<QList<Win>> wins = m_ws->journal().list({});
    ASSERT_TRUE(wins.ok());
    ASSERT_EQ(wins->size(), 2);
    const Win *parserWin = nullptr;
    for (const Win &w : *wins) {
        if (w.source == QStringLiteral("git:") + m_parser1)
            parserWin = &w;
    }
    ASSERT_NE(parserWin, nullptr);
    EXPECT_EQ(parserWin->title, parser.title);
    EXPECT_EQ(parserWin->body, parser.body);
    EXPECT_EQ(parserWin->date, QDate(2026, 3, 2));
    EXPECT_EQ(parserWin->tags, QStringList{QStringLiteral("project")});

    const QList<HarvestCandidate> again = candidates();
    EXPECT_EQ(again.size(), found.size() - 2);
    EXPECT_EQ(withSha(again, m_parser1), nullptr);
    EXPECT_EQ(withSha(again, m_parser2), nullptr);
    EXPECT_EQ(withSha(again, m_pullRequest), nullptr);

    // A harvested commit stays harvested when its win is deleted.
    ASSERT_TRUE(m_ws->journal().remove({parserWin->id}).ok());
    EXPECT_EQ(withSha(candidates(), m_parser1), nullptr);
}

TEST_F(HarvestTest, UndoRemovesTheWinsAndProposesTheCommitsAgain)
{
    const QList<HarvestCandidate> found = candidates();
    Result<HarvestSummary> saved = m_ws->harvest().save({found.first()});
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(m_ws->harvest().undo(*saved).ok());
    EXPECT_EQ(*m_ws->journal().count({}), 0);
    EXPECT_EQ(candidates().size(), found.size());
}

TEST_F(HarvestTest, NotARepositoryIsRefusedNamingThePath)
{
    const QString plain = m_dir.file(QStringLiteral("plain"));
    ASSERT_TRUE(QDir().mkpath(plain));
    Result<QList<HarvestCandidate>> found = m_ws->harvest().candidates({m_repo->path(), plain}, {}, std::nullopt);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().message(), plain + QStringLiteral(": not a git repository"));

    Result<QList<HarvestCandidate>> missing = m_ws->harvest().candidates({m_dir.file(QStringLiteral("nope"))}, {}, std::nullopt);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message(), m_dir.file(QStringLiteral("nope")) + QStringLiteral(": no such folder"));
}

TEST_F(HarvestTest, RepositoryWithoutCommitsProposesNothing)
{
    GitTestRepo empty(m_dir.file(QStringLiteral("empty")));
    Result<QList<HarvestCandidate>> found = m_ws->harvest().candidates({empty.path()}, {}, std::nullopt);
    ASSERT_TRUE(found.ok()) << found.error().message().toStdString();
    EXPECT_TRUE(found->isEmpty());
}

TEST_F(HarvestTest, AnEmptyOrUnprintableMessageStillMakesAWin)
{
    // A commit message may hold anything: no candidate is lost to it, and
    // none brings a control character into the journal.
    GitTestRepo odd(m_dir.file(QStringLiteral("odd")));
    odd.git({QStringLiteral("commit"), QStringLiteral("--allow-empty"), QStringLiteral("--allow-empty-message"), QStringLiteral("-m"),
             QString()},
            QStringLiteral("2026-03-04T10:00:00+00:00"));
    odd.commit(QStringLiteral("fix: \x1b[31mred\x1b[0m text"), QStringLiteral("2026-03-05T10:00:00+00:00"));
    Result<QList<HarvestCandidate>> found = m_ws->harvest().candidates({odd.path()}, {}, std::nullopt);
    ASSERT_TRUE(found.ok()) << found.error().message().toStdString();
    ASSERT_EQ(found->size(), 2);
    for (const HarvestCandidate &candidate : *found) {
        EXPECT_FALSE(candidate.title.contains(QChar(0x1b))) << candidate.title.toStdString();
        EXPECT_FALSE(candidate.title.trimmed().isEmpty());
    }
    Result<HarvestSummary> saved = m_ws->harvest().save(*found);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    EXPECT_EQ(saved->winsAdded, 2);
}

TEST(HarvestGroupingTest, TopicIsTicketThenScopeThenTypeThenFirstWords)
{
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("fix(api): PROJ-42 retry on timeout")), QStringLiteral("PROJ-42"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("fix(API)!: retry on timeout")), QStringLiteral("api"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("docs: explain setup")), QStringLiteral("docs"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("net/ipv4: drop stale routes")), QStringLiteral("net/ipv4"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("Add   parser tests")), QStringLiteral("add parser"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("Refactor")), QStringLiteral("refactor"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("Project skeleton: CMake layout")), QStringLiteral("project skeleton"));
    EXPECT_EQ(HarvestGrouping::topic(QStringLiteral("Storage layer, wins journal")), QStringLiteral("storage layer"));
}

TEST(HarvestGroupingTest, SameTopicOnAnotherDayIsAnotherCandidate)
{
    auto commit = [](const QString &sha, const QDate &date, const QString &subject) {
        GitCommit c;
        c.sha = sha;
        c.date = date;
        c.subject = subject;
        return c;
    };
    const QList<HarvestCandidate> found
        = HarvestGrouping::group({commit(QStringLiteral("a1"), QDate(2026, 1, 5), QStringLiteral("feat(ui): one")),
                                  commit(QStringLiteral("b2"), QDate(2026, 1, 6), QStringLiteral("feat(ui): two")),
                                  commit(QStringLiteral("c3"), QDate(2026, 1, 5), QStringLiteral("feat(ui): three")),
                                  commit(QStringLiteral("d4"), QDate(2026, 1, 5), QStringLiteral("feat(ui): four"))},
                                 QStringLiteral("repo"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).shas, (QStringList{QStringLiteral("a1"), QStringLiteral("c3"), QStringLiteral("d4")}));
    EXPECT_EQ(found.at(0).title, QStringLiteral("ui: One and 2 more commits"));
    EXPECT_EQ(found.at(1).shas, QStringList{QStringLiteral("b2")});
    EXPECT_EQ(found.at(0).source(), QStringLiteral("git:a1"));
}

TEST(HarvestGroupingTest, PullRequestWithoutDescriptionIsTitledByItsBranch)
{
    GitCommit c;
    c.sha = QStringLiteral("abcdef123");
    c.date = QDate(2026, 2, 1);
    c.subject = QStringLiteral("Merge pull request #7 from org/speed-up-import");
    const QList<HarvestCandidate> found = HarvestGrouping::group({c}, QStringLiteral("repo"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().kind, HarvestCandidate::Kind::PullRequest);
    EXPECT_EQ(found.first().title, QStringLiteral("Merged pull request #7 from org/speed-up-import"));
}

} // namespace
