// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Result.h"
#include "RoadmapPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ladder {

// Ordered steps from the current level to each higher one, built from the gaps
// (docs/readiness.md "Roadmap").
class Roadmap
{
    Q_DECLARE_TR_FUNCTIONS(Roadmap)

public:
    // One stage per level ranked above `currentLevelSlug`, lowest first, up to and
    // including `toLevelSlug` (empty: up to the top). An empty `currentLevelSlug`
    // means the user has no level yet: every level is a stage. Ratings are those
    // in force on `asOf` (null = latest of all).
    // Errors: an unknown current or target level (LevelLookup::find); a target
    // that is not above the current level: "level 'junior' is not above the
    // current level 'senior'". At the top with no target: an empty plan (atTop()).
    static Result<RoadmapPlan> compute(const Framework &framework, const QList<Assessment> &assessments, const QList<Goal> &goals,
                                       const QString &currentLevelSlug, const QDate &asOf, const QString &toLevelSlug = QString());
};

} // namespace ladder
