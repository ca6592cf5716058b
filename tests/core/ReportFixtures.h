// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The worked example of docs/readiness.md (EngineFixtures' mini framework,
// target senior, 2026-H1) as ReportData, with readable names, for the report
// model and writer tests.

#include "engine/Readiness.h"
#include "EngineFixtures.h"
#include "EvidenceOracle.h"
#include "report/ReadinessReportModel.h"
#include "report/ReportData.h"

namespace ladder::fixtures {

inline ReportData workedExampleData()
{
    ReportData data;
    data.framework = mini();
    data.framework.name = u"Mini ladder"_s;
    const QStringList levelNames{u"Junior"_s, u"Mid-level"_s, u"Senior"_s, u"Architect"_s};
    for (qsizetype i = 0; i < data.framework.levels.size(); ++i)
        data.framework.levels[i].name = levelNames.at(i);
    data.framework.categories[0].name = u"Craft"_s;
    data.framework.categories[1].name = u"Systems"_s;
    data.framework.categories[2].name = u"People"_s;
    data.framework.skills[0].name = u"Testing"_s;
    data.framework.skills[1].name = u"Debugging"_s;
    data.framework.skills[2].name = u"System design"_s;
    data.framework.skills[3].name = u"Mentoring"_s;

    data.assessments = {rate(1, u"testing"_s, 3, d(2026, 2, 1)), rate(2, u"debugging"_s, 4, d(2026, 3, 15)),
                        rate(3, u"system-design"_s, 2, d(2026, 4, 1)), rate(4, u"system-design"_s, 3, d(2026, 7, 15))};

    Win w1 = win(1, d(2026, 2, 10), {u"testing"_s});
    w1.title = u"Added contract tests for the orders API"_s;
    w1.impact = u"Two breaking changes caught in CI"_s;
    Win w2 = win(2, d(2026, 5, 20), {u"system-design"_s, u"testing"_s});
    w2.title = u"Designed the notification fan-out"_s;
    w2.starred = true;
    Win w3 = win(3, d(2026, 7, 2), {u"debugging"_s});
    w3.title = u"Found the leak in the image service"_s;
    Win w4 = win(4, d(2025, 12, 31), {u"debugging"_s});
    w4.title = u"Read the logs of the December outage"_s;
    data.wins = {w1, w2, w3, w4};

    Goal mentor = goal(7, GoalStatus::Open, {u"mentoring"_s});
    mentor.title = u"Mentor a junior through their first quarter"_s;
    mentor.due = d(2026, 9, 30);
    Milestone m1;
    m1.position = 1;
    m1.text = u"Weekly one-to-ones"_s;
    m1.doneOn = d(2026, 3, 1);
    Milestone m2;
    m2.position = 2;
    m2.text = u"Pair on their first feature"_s;
    m2.due = d(2026, 8, 1);
    mentor.milestones = {m2, m1}; // out of order on purpose: the model sorts them
    data.goals = {mentor};

    data.currentLevelSlug = u"mid-level"_s;
    data.userName = u"Alex Rivera"_s;
    return data;
}

// The readiness summary of `data` as Review::readinessReport builds it, its
// evidence summarized from the fixture's wins by the engine (every win listed).
inline Result<ReadinessReportModel> buildReadiness(const ReportData &data, const QString &target, const Period &period,
                                                   const QDate &generatedOn, int appendix = ReadinessReportModel::NoAppendix)
{
    Result<ReadinessReport> readiness = readinessFromWins(data.framework, data.assessments, data.wins, data.goals, target, period);
    if (!readiness)
        return readiness.error();
    return ReadinessReportModel::build(data, std::move(*readiness), period, generatedOn, appendix);
}

} // namespace ladder::fixtures
