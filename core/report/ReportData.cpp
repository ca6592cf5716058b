#include "ReportData.h"

#include "io/Workspace.h"
#include "storage/WinFilter.h"

namespace ladder {

Result<ReportData> ReportData::load(Workspace &workspace, const Period &period)
{
    Result<ReportData> data = load(workspace);
    if (!data)
        return data;
    WinFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    filter.summaryOnly = true;  // no report prints a body or a UUID
    Result<QList<Win>> wins = workspace.wins().list(filter);
    if (!wins)
        return wins.error();
    data->wins = std::move(*wins);
    return data;
}

Result<ReportData> ReportData::loadEvidence(Workspace &workspace, const Period &period, int listLimit)
{
    Result<ReportData> data = load(workspace);
    if (!data)
        return data;
    Result<EvidenceSummary> evidence = workspace.wins().evidence(period, data->framework.skillSlugs(), listLimit);
    if (!evidence)
        return evidence.error();
    data->evidence = std::move(*evidence);
    return data;
}

Result<ReportData> ReportData::load(Workspace &workspace)
{
    ReportData data;
    Result<Framework> framework = workspace.frameworks().active();
    if (!framework)
        return framework.error();
    data.framework = std::move(*framework);
    Result<QList<Assessment>> assessments = workspace.assessments().all();
    if (!assessments)
        return assessments.error();
    data.assessments = std::move(*assessments);
    Result<QList<Goal>> goals = workspace.goals().list();
    if (!goals)
        return goals.error();
    data.goals = std::move(*goals);
    Result<QString> level = workspace.currentLevel();
    if (!level)
        return level.error();
    data.currentLevelSlug = *level;
    Result<QString> name = workspace.settings().value(SettingStore::userNameKey());
    if (!name)
        return name.error();
    data.userName = name->trimmed();
    return data;
}

} // namespace ladder
