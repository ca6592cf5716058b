// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "engine/ReadinessReport.h"
#include "engine/RoadmapPlan.h"
#include "MissingSkill.h"
#include "RadarChartData.h"
#include "ReportData.h"
#include "ReportHeader.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace ladder {

// The promotion-readiness summary as data: what MarkdownWriter, HtmlWriter and
// render/ReportDocument (PDF, print, GUI preview) all show. Built once from the
// engine's results so every format says the same thing in the same order.
struct ReadinessReportModel
{
    // Wins listed as evidence per skill at most: the starred first, then the
    // newest, shown newest first; the skill's evidenceCount keeps the true
    // number and the report says how many more there are. A reviewer reads
    // the strongest evidence, and listing a busy year whole made a PDF of
    // hundreds of pages (docs/performance.md).
    static constexpr int EvidenceListed = 20;

    ReportHeader header;
    ReadinessReport readiness; // per category and skill, with the evidence (see EvidenceListed)
    RadarChartData chart;      // rating vs expectation per expected skill
    // Skills with status Gap or Claimed: largest gap first, then the report's
    // (foundational) order, so the most urgent comes first as in the roadmap.
    QList<MissingSkill> missing;
    // The plan: open goals, soonest due first (no due date last), then by id.
    QList<Goal> goals;
    // Roadmap stages from the current level up to the target, ratings as of
    // the period's end. Empty when the target is not above the current level.
    RoadmapPlan roadmap;
    QMap<QString, QString> skillNames; // slug -> name of every framework skill

    QString skillName(const QString &slug) const { return skillNames.value(slug, slug); }

    // The summary of `readiness` (Review::readiness, with the evidence
    // listed): the strongest evidence chosen, the missing skills, the plan.
    // Errors: those of the roadmap towards the target.
    static Result<ReadinessReportModel> build(const ReportData &data, ReadinessReport readiness, const Period &period,
                                              const QDate &generatedOn);
};

} // namespace ladder
