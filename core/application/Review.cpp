// SPDX-License-Identifier: GPL-3.0-or-later
#include "Review.h"

#include "Ratings.h"

#include "domain/WinFilter.h"
#include "engine/GapAnalysis.h"
#include "engine/Readiness.h"
#include "engine/Roadmap.h"
#include "storage/Stores.h"

namespace ladder {

Review::Review(Stores &stores)
    : m_stores(stores)
{
}

Result<ReportData> Review::standing()
{
    ReportData data;
    Result<Framework> framework = m_stores.frameworks().active();
    if (!framework)
        return framework.error();
    data.framework = std::move(*framework);
    Result<QList<Assessment>> assessments = m_stores.assessments().all();
    if (!assessments)
        return assessments.error();
    data.assessments = std::move(*assessments);
    Result<QList<Goal>> goals = m_stores.goals().list();
    if (!goals)
        return goals.error();
    data.goals = std::move(*goals);
    Result<QString> level = m_stores.currentLevel();
    if (!level)
        return level.error();
    data.currentLevelSlug = *level;
    Result<QString> target = Ratings(m_stores).targetLevel();
    if (!target)
        return target.error();
    data.targetLevelSlug = *target;
    Result<QString> name = m_stores.settings().value(SettingStore::userNameKey());
    if (!name)
        return name.error();
    data.userName = name->trimmed();
    return data;
}

Result<ReadinessReport> Review::readiness(const ReportData &standing, const QString &targetLevelSlug, const Period &period, int listLimit)
{
    Result<EvidenceSummary> evidence = m_stores.wins().evidence(period, standing.framework.skillSlugs(), listLimit);
    if (!evidence)
        return evidence.error();
    return Readiness::compute(standing.framework, standing.assessments, *evidence, standing.goals, targetLevelSlug, period);
}

Result<GapReport> Review::gap(const ReportData &standing, const QString &targetLevelSlug, const QDate &asOf)
{
    return GapAnalysis::compute(standing.framework, standing.assessments, standing.goals, targetLevelSlug, asOf);
}

Result<RoadmapPlan> Review::roadmap(const ReportData &standing, const QString &toLevelSlug, const QDate &asOf)
{
    return Roadmap::compute(standing.framework, standing.assessments, standing.goals, standing.currentLevelSlug, asOf, toLevelSlug);
}

Result<ReadinessReportModel> Review::readinessReport(const ReportData &standing, const QString &targetLevelSlug, const Period &period,
                                                     const QDate &generatedOn, int appendix)
{
    Result<ReadinessReport> report = readiness(standing, targetLevelSlug, period, ReadinessReportModel::listLimit(appendix));
    if (!report)
        return report.error();
    return ReadinessReportModel::build(standing, std::move(*report), period, generatedOn, appendix);
}

Result<BragReportModel> Review::bragReport(ReportData standing, const Period &period, BragReportModel::Grouping grouping,
                                           const QDate &generatedOn)
{
    WinFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    filter.summaryOnly = true; // no report prints a body or a UUID
    Result<QList<Win>> wins = m_stores.wins().list(filter);
    if (!wins)
        return wins.error();
    standing.wins = std::move(*wins);
    return BragReportModel::build(std::move(standing), period, grouping, generatedOn);
}

} // namespace ladder
