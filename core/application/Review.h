// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Period.h"
#include "domain/Result.h"
#include "engine/GapReport.h"
#include "engine/ReadinessReport.h"
#include "engine/RoadmapPlan.h"
#include "report/BragReportModel.h"
#include "report/ReadinessReportModel.h"
#include "report/ReportData.h"

#include <QDate>
#include <QString>

namespace ladder {

class Stores;

// Where the user stands: readiness for a level, the gaps, the roadmap and the
// printed summaries. Every front end gets its numbers here, through one path:
// evidence is counted in SQL (WinStore::evidence) and handed to the engine,
// so the dashboard, `ladder-cli readiness` and the report always agree.
class Review
{
public:
    explicit Review(Stores &stores);

    // What every review is computed from: the active framework, all ratings,
    // every goal, the current level and the user's name; no wins.
    Result<ReportData> standing();

    // Readiness for `targetLevelSlug` over `period`, listing at most
    // `listLimit` evidence wins per skill (0: none, counts only; negative:
    // all). Errors: an unknown level, an invalid period.
    Result<ReadinessReport> readiness(const ReportData &standing, const QString &targetLevelSlug, const Period &period, int listLimit = 0);
    // The gaps to `targetLevelSlug`, ratings as of `asOf`.
    Result<GapReport> gap(const ReportData &standing, const QString &targetLevelSlug, const QDate &asOf);
    // The steps from the current level up to `toLevelSlug` (empty: the top).
    Result<RoadmapPlan> roadmap(const ReportData &standing, const QString &toLevelSlug, const QDate &asOf);

    // The promotion-readiness summary: readiness() with each skill's
    // strongest wins, and `appendix` wins per skill for the appendix
    // (ReadinessReportModel::NoAppendix, a number, or AllEvidence).
    Result<ReadinessReportModel> readinessReport(const ReportData &standing, const QString &targetLevelSlug, const Period &period,
                                                 const QDate &generatedOn, int appendix = ReadinessReportModel::NoAppendix);
    // The brag document: every win of the period.
    // `standing` is moved in: the model keeps what it lists, nothing twice.
    Result<BragReportModel> bragReport(ReportData standing, const Period &period, BragReportModel::Grouping grouping,
                                       const QDate &generatedOn);

private:
    Stores &m_stores;
};

} // namespace ladder
