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
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace ladder {

// The promotion-readiness summary as data: what MarkdownWriter, HtmlWriter and
// render/ReportDocument (PDF, print, GUI preview) all show. Built once from the
// engine's results so every format says the same thing in the same order.
struct ReadinessReportModel
{
    // Wins shown under each skill: its strongest (WinOrder::strongestFirst).
    // The summary is read in five minutes: a year of wins listed per skill
    // made ten pages of a three-page story (docs/reports.md). The full lists
    // are an appendix, asked for with `appendix`.
    static constexpr int StrongestListed = 3;
    // `appendix` values: no appendix (the default), every win of the period.
    static constexpr int NoAppendix = 0;
    static constexpr int AllEvidence = -1;

    ReportHeader header;
    // Per category and skill. A skill's evidence is what the appendix lists
    // (empty without one): its `appendix` strongest wins, newest first; the
    // skill's evidenceCount keeps the true number.
    ReadinessReport readiness;
    // Skill slug -> its StrongestListed strongest wins, strongest first.
    QHash<QString, QList<Win>> strongest;
    // Wins per skill in the appendix: NoAppendix, a number, or AllEvidence.
    int appendix = NoAppendix;
    RadarChartData chart; // rating vs expectation per expected skill
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
    QList<Win> strongestOf(const QString &skillSlug) const { return strongest.value(skillSlug); }
    bool hasAppendix() const { return appendix != NoAppendix; }

    // The summary of `readiness` (Review::readiness, listing at least
    // listLimit(appendix) wins per skill): the strongest evidence chosen, the
    // appendix's lists, the missing skills, the plan. Errors: those of the
    // roadmap towards the target.
    static Result<ReadinessReportModel> build(const ReportData &data, ReadinessReport readiness, const Period &period,
                                              const QDate &generatedOn, int appendix = NoAppendix);
    // How many wins per skill to read for a summary with `appendix`: enough
    // for the strongest and for the appendix (negative: all).
    static int listLimit(int appendix);
    // --evidence's value: "all", or a number of wins per skill (0: no
    // appendix). False for anything else.
    static bool appendixFromKey(const QString &key, int *appendix);
};

} // namespace ladder
