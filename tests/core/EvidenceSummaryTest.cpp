// SPDX-License-Identifier: GPL-3.0-or-later
// WinStore::evidence counts a period's evidence in SQL so that readiness
// reports need not read every win of the period. It must agree with the
// engine's own summary of the same wins (Readiness::summarize) in every count
// and, where it lists wins, pick the ones a report lists: the strongest
// (WinOrder::strongestFirst).

#include "application/WorkspaceStores.h"
#include "domain/WinOrder.h"
#include "engine/Readiness.h"
#include "EvidenceOracle.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;

namespace {

class EvidenceSummaryTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (HasFatalFailure())
            return;
        Result<Framework> framework = storesOf(*m_ws).frameworks().active();
        ASSERT_TRUE(framework.ok());
        m_framework = *framework;
        for (const Skill &skill : std::as_const(m_framework.skills))
            m_skills << skill.slug;

        // 60 wins over 2026, every third starred, some with an impact, linking one or two skills;
        // a few outside the period, and one linking a skill of no framework.
        QList<Win> wins;
        for (int i = 0; i < 60; ++i) {
            Win w;
            w.title = QStringLiteral("Win %1").arg(i);
            w.date = QDate(2026, 1, 1).addDays(i * 6);
            w.starred = i % 3 == 0;
            if (i % 4 == 1)
                w.impact = QStringLiteral("Impact %1").arg(i);
            w.skillSlugs = {i % 2 ? QStringLiteral("debugging") : QStringLiteral("testing")};
            if (i % 5 == 0)
                w.skillSlugs << QStringLiteral("mentoring");
            wins << w;
        }
        ASSERT_TRUE(storesOf(*m_ws).wins().addMany(wins).ok());
        Win foreign;
        foreign.title = QStringLiteral("Imported from another ladder");
        foreign.date = QDate(2026, 3, 3);
        foreign.skillSlugs = {QStringLiteral("underwater-basketry")};
        ASSERT_TRUE(storesOf(*m_ws).wins().addMany({foreign}, true).ok());
    }

    QList<Win> allWins()
    {
        Result<QList<Win>> wins = storesOf(*m_ws).wins().list(WinFilter());
        EXPECT_TRUE(wins.ok());
        return wins ? *wins : QList<Win>();
    }

    static QList<qint64> ids(const QList<Win> &wins)
    {
        QList<qint64> result;
        for (const Win &w : wins)
            result << w.id;
        return result;
    }

    const Period m_period{QDate(2026, 2, 1), QDate(2026, 9, 30), QStringLiteral("Feb to Sep")};
    Framework m_framework;
    QStringList m_skills;
};

TEST_F(EvidenceSummaryTest, CountedInSqlAgreesWithTheEngineOverEveryWin)
{
    const EvidenceSummary engine = fixtures::summarize(m_framework, allWins(), m_period);
    const Result<EvidenceSummary> counted = storesOf(*m_ws).wins().evidence(m_period, m_skills, -1);
    ASSERT_TRUE(counted.ok()) << counted.error().message().toStdString();
    ASSERT_GT(engine.distinctWins, 30);
    EXPECT_EQ(counted->distinctWins, engine.distinctWins);
    for (const QString &skill : std::as_const(m_skills)) {
        EXPECT_EQ(counted->counts.value(skill), engine.counts.value(skill)) << skill.toStdString();
        EXPECT_EQ(ids(counted->listed.value(skill)), ids(engine.listed.value(skill))) << skill.toStdString();
    }
    EXPECT_FALSE(counted->counts.contains(QStringLiteral("underwater-basketry")));

    const Result<ReadinessReport> fromWins
        = fixtures::readinessFromWins(m_framework, {}, allWins(), {}, QStringLiteral("senior"), m_period);
    const Result<ReadinessReport> fromSummary = Readiness::compute(m_framework, {}, *counted, {}, QStringLiteral("senior"), m_period);
    ASSERT_TRUE(fromWins.ok() && fromSummary.ok());
    EXPECT_EQ(fromSummary->percent, fromWins->percent);
    EXPECT_EQ(fromSummary->evidenceWinCount, fromWins->evidenceWinCount);
    EXPECT_EQ(fromSummary->claimedCount, fromWins->claimedCount);
}

TEST_F(EvidenceSummaryTest, ALimitListsTheStrongestWinsNewestFirst)
{
    const EvidenceSummary engine = fixtures::summarize(m_framework, allWins(), m_period);
    const Result<EvidenceSummary> counted = storesOf(*m_ws).wins().evidence(m_period, m_skills, 12);
    ASSERT_TRUE(counted.ok());
    for (const QString &skill : {QStringLiteral("debugging"), QStringLiteral("testing"), QStringLiteral("mentoring")}) {
        const QList<Win> all = engine.listed.value(skill); // newest first
        // The rule's choice (WinOrder's tests say what it is), from what the store read.
        QList<Win> chosen = WinOrder::strongest(all, 12);
        std::sort(chosen.begin(), chosen.end(), WinOrder::newestFirst);
        EXPECT_EQ(ids(counted->listed.value(skill)), ids(chosen)) << skill.toStdString();
        EXPECT_EQ(counted->counts.value(skill), all.size());
        EXPECT_TRUE(counted->listed.value(skill).first().body.isEmpty());
    }

    const Result<EvidenceSummary> countsOnly = storesOf(*m_ws).wins().evidence(m_period, m_skills, 0);
    ASSERT_TRUE(countsOnly.ok());
    EXPECT_TRUE(countsOnly->listed.isEmpty());
    EXPECT_EQ(countsOnly->counts, counted->counts);
    EXPECT_EQ(countsOnly->distinctWins, engine.distinctWins);
}

} // namespace
