// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineJson.h"

#include "engine/GapAnalysis.h"

#include <QJsonArray>

namespace ladder {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray goalsJson(const QList<CoveringGoal> &goals)
{
    QJsonArray array;
    for (const CoveringGoal &g : goals) {
        array.append(QJsonObject{{QStringLiteral("id"), g.id},
                                 {QStringLiteral("title"), g.title},
                                 {QStringLiteral("due"), date(g.due)},
                                 {QStringLiteral("progress"), g.progress}});
    }
    return array;
}

QJsonObject skillReadinessJson(const SkillReadiness &s)
{
    QJsonArray evidence;
    for (const Win &w : s.evidence)
        evidence.append(
            QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("date"), date(w.date)}, {QStringLiteral("title"), w.title}});
    return QJsonObject{
        {QStringLiteral("skill"), s.skillSlug},
        {QStringLiteral("name"), s.skillName},
        {QStringLiteral("category"), s.categorySlug},
        {QStringLiteral("expected"), s.expected},
        {QStringLiteral("rating"), s.rating},
        {QStringLiteral("unrated"), s.unrated},
        {QStringLiteral("rated_on"), date(s.ratedOn)},
        {QStringLiteral("gap"), s.gap},
        {QStringLiteral("status"), skillStatusKey(s.status)},
        {QStringLiteral("points"), s.points},
        {QStringLiteral("percent"), s.percent},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("evidence_count"), s.evidenceCount},
        {QStringLiteral("goals"), goalsJson(s.coveringGoals)},
        {QStringLiteral("uncovered"), s.uncovered},
    };
}

} // namespace

QJsonObject gapReportJson(const GapReport &report)
{
    // The same list as the text: the skills below the bar, largest gap first.
    QJsonArray skills;
    for (const SkillGap &s : GapAnalysis::largestFirst(report)) {
        skills.append(QJsonObject{
            {QStringLiteral("skill"), s.skillSlug},
            {QStringLiteral("name"), s.skillName},
            {QStringLiteral("category"), s.categorySlug},
            {QStringLiteral("expected"), s.expected},
            {QStringLiteral("rating"), s.rating},
            {QStringLiteral("unrated"), s.unrated},
            {QStringLiteral("rated_on"), date(s.ratedOn)},
            {QStringLiteral("difference"), s.difference},
            {QStringLiteral("gap"), s.gap},
            {QStringLiteral("goals"), goalsJson(s.coveringGoals)},
            {QStringLiteral("uncovered"), s.uncovered},
        });
    }
    return QJsonObject{
        {QStringLiteral("level"), report.levelSlug},
        {QStringLiteral("level_name"), report.levelName},
        {QStringLiteral("as_of"), date(report.asOf)},
        {QStringLiteral("total_gap"), report.totalGap},
        {QStringLiteral("gap_count"), report.gapCount},
        {QStringLiteral("expected_skills"), report.expectedSkillCount},
        {QStringLiteral("unrated_count"), report.unratedCount},
        {QStringLiteral("uncovered_count"), report.uncoveredCount},
        {QStringLiteral("skills"), skills},
    };
}

QJsonObject readinessReportJson(const ReadinessReport &report)
{
    QJsonArray categories;
    for (const CategoryReadiness &c : report.categories) {
        QJsonArray skills;
        for (const SkillReadiness &s : c.skills)
            skills.append(skillReadinessJson(s));
        categories.append(QJsonObject{
            {QStringLiteral("category"), c.categorySlug},
            {QStringLiteral("name"), c.categoryName},
            {QStringLiteral("has_expectations"), c.hasExpectations()},
            {QStringLiteral("expected_skills"), c.expectedSkillCount},
            {QStringLiteral("points"), c.points},
            {QStringLiteral("percent"), c.percent},
            {QStringLiteral("met"), c.metCount},
            {QStringLiteral("claimed"), c.claimedCount},
            {QStringLiteral("gap"), c.gapCount},
            {QStringLiteral("not_expected"), c.notExpectedCount},
            {QStringLiteral("not_applicable"), c.notApplicableCount},
            {QStringLiteral("unrated"), c.unratedCount},
            {QStringLiteral("skills"), skills},
        });
    }
    return QJsonObject{
        {QStringLiteral("level"), report.levelSlug},
        {QStringLiteral("level_name"), report.levelName},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), date(report.period.from)},
                     {QStringLiteral("to"), date(report.period.to)},
                     {QStringLiteral("text"), report.period.text}}},
        {QStringLiteral("has_expectations"), report.expectedSkillCount > 0},
        {QStringLiteral("expected_skills"), report.expectedSkillCount},
        {QStringLiteral("points"), report.points},
        {QStringLiteral("full_points"), report.fullPoints},
        {QStringLiteral("percent"), report.percent},
        {QStringLiteral("met"), report.metCount},
        {QStringLiteral("claimed"), report.claimedCount},
        {QStringLiteral("gap"), report.gapCount},
        {QStringLiteral("not_expected"), report.notExpectedCount},
        {QStringLiteral("not_applicable"), report.notApplicableCount},
        {QStringLiteral("unrated"), report.unratedCount},
        {QStringLiteral("uncovered"), report.uncoveredCount},
        {QStringLiteral("evidence_wins"), report.evidenceWinCount},
        {QStringLiteral("categories"), categories},
    };
}

QJsonObject roadmapPlanJson(const RoadmapPlan &plan)
{
    QJsonArray stages;
    for (const RoadmapStage &stage : plan.stages) {
        QJsonArray steps;
        for (const RoadmapStep &s : stage.steps) {
            steps.append(QJsonObject{
                {QStringLiteral("skill"), s.skillSlug},
                {QStringLiteral("name"), s.skillName},
                {QStringLiteral("category"), s.categorySlug},
                {QStringLiteral("rating"), s.rating},
                {QStringLiteral("unrated"), s.unrated},
                {QStringLiteral("from"), s.from},
                {QStringLiteral("to"), s.to},
                {QStringLiteral("gap"), s.gap},
                {QStringLiteral("actions"), QJsonArray::fromStringList(s.suggestedActions)},
                {QStringLiteral("goals"), goalsJson(s.coveringGoals)},
                {QStringLiteral("uncovered"), s.uncovered},
            });
        }
        stages.append(QJsonObject{
            {QStringLiteral("level"), stage.levelSlug},
            {QStringLiteral("level_name"), stage.levelName},
            {QStringLiteral("rank"), stage.rank},
            {QStringLiteral("total_gap"), stage.totalGap},
            {QStringLiteral("uncovered_count"), stage.uncoveredCount},
            {QStringLiteral("steps"), steps},
        });
    }
    return QJsonObject{
        {QStringLiteral("current_level"),
         plan.currentLevelSlug.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(plan.currentLevelSlug)},
        {QStringLiteral("as_of"), date(plan.asOf)},
        {QStringLiteral("at_top"), plan.atTop()},
        {QStringLiteral("step_count"), plan.stepCount},
        {QStringLiteral("total_gap"), plan.totalGap},
        {QStringLiteral("uncovered_count"), plan.uncoveredCount},
        {QStringLiteral("stages"), stages},
    };
}

} // namespace ladder
