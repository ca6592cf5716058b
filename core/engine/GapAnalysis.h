// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Result.h"
#include "GapReport.h"
#include "SkillGap.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ladder {

// The gap per skill between a level's expectations and the user's ratings.
class GapAnalysis
{
public:
    // For every skill: expected at `levelSlug`, the rating in force on `asOf`
    // (see RatingSnapshot; null `asOf` = latest of all), the gap and the open
    // goals covering it. Error for an unknown level (LevelLookup::find).
    static Result<GapReport> compute(const Framework &framework, const QList<Assessment> &assessments, const QList<Goal> &goals,
                                     const QString &levelSlug, const QDate &asOf);

    // The skills with gap > 0, largest gap first, then foundational order
    // (the roadmap's order within a level; docs/readiness.md "Ordering").
    static QList<SkillGap> largestFirst(const GapReport &report);
};

} // namespace ladder
