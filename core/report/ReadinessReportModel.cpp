// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessReportModel.h"

#include "domain/WinOrder.h"
#include "engine/LevelLookup.h"
#include "engine/Roadmap.h"

#include <algorithm>

namespace ladder {

int ReadinessReportModel::listLimit(int appendix)
{
    return appendix < 0 ? AllEvidence : std::max(int(StrongestListed), appendix);
}

bool ReadinessReportModel::appendixFromKey(const QString &key, int *appendix)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("all")) {
        *appendix = AllEvidence;
        return true;
    }
    // Digits only: no sign, no spaces inside, no "1e3".
    bool ok = !k.isEmpty() && std::all_of(k.cbegin(), k.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; });
    const int n = ok ? k.toInt(&ok) : 0;
    if (!ok)
        return false;
    *appendix = n;
    return true;
}

Result<ReadinessReportModel> ReadinessReportModel::build(const ReportData &data, ReadinessReport readiness, const Period &period,
                                                         const QDate &generatedOn, int appendix)
{
    ReadinessReportModel model;
    model.readiness = std::move(readiness);
    model.appendix = appendix < 0 ? AllEvidence : appendix;
    for (CategoryReadiness &category : model.readiness.categories) {
        for (SkillReadiness &skill : category.skills) {
            model.strongest.insert(skill.skillSlug, WinOrder::strongest(skill.evidence, StrongestListed));
            if (model.appendix == NoAppendix) {
                skill.evidence.clear();
            } else if (model.appendix > 0 && skill.evidence.size() > model.appendix) {
                QList<Win> chosen = WinOrder::strongest(std::move(skill.evidence), model.appendix);
                std::sort(chosen.begin(), chosen.end(), WinOrder::newestFirst);
                skill.evidence = std::move(chosen);
            }
        }
    }
    model.chart = RadarChartData::fromReadiness(model.readiness);
    for (const Skill &skill : data.framework.skills)
        model.skillNames.insert(skill.slug, skill.name);

    ReportHeader &header = model.header;
    header.userName = data.userName;
    header.frameworkName = data.framework.name;
    header.period = period;
    header.generatedOn = generatedOn;
    header.targetLevelSlug = model.readiness.levelSlug;
    header.targetLevelName = model.readiness.levelName;
    const Level *current = data.framework.level(data.currentLevelSlug);
    if (current) {
        header.currentLevelSlug = current->slug;
        header.currentLevelName = current->name;
    }

    for (const CategoryReadiness &category : std::as_const(model.readiness.categories)) {
        for (const SkillReadiness &s : category.skills) {
            if (s.status != SkillStatus::Gap && s.status != SkillStatus::Claimed)
                continue;
            model.missing.append(MissingSkill{s.skillSlug, s.skillName, category.categoryName, s.status, s.expected, s.rating, s.unrated,
                                              s.gap, s.behaviours, s.coveringGoals, s.uncovered});
        }
    }
    // Stable: equal gaps keep the foundational order they came in.
    std::stable_sort(model.missing.begin(), model.missing.end(),
                     [](const MissingSkill &a, const MissingSkill &b) { return a.gap > b.gap; });

    for (const Goal &goal : data.goals) {
        if (goal.status == GoalStatus::Open)
            model.goals.append(goal);
    }
    std::sort(model.goals.begin(), model.goals.end(), [](const Goal &a, const Goal &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.id < b.id;
    });
    for (Goal &goal : model.goals) {
        std::sort(goal.milestones.begin(), goal.milestones.end(),
                  [](const Milestone &a, const Milestone &b) { return a.position < b.position; });
    }

    // The roadmap only makes sense towards a level above the current one; a
    // summary for the current level (or one below) has no steps to plan.
    const Level *target = data.framework.level(model.readiness.levelSlug);
    if (target && (!current || target->rank > current->rank)) {
        Result<RoadmapPlan> plan
            = Roadmap::compute(data.framework, data.assessments, data.goals, current ? current->slug : QString(), period.to, target->slug);
        if (!plan)
            return plan.error();
        model.roadmap = std::move(*plan);
    }
    return model;
}

} // namespace ladder
