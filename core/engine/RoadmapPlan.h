// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProficiencyScale.h"
#include "RoadmapStage.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ladder {

// The roadmap from the current level up (Roadmap::compute).
struct RoadmapPlan
{
    QString currentLevelSlug;   // empty when the user has no level yet
    QDate asOf;                 // the cut-off for ratings; null = latest of all
    ProficiencyScale scale;     // the framework's, for every number below
    QList<RoadmapStage> stages; // one per level above the current one, by rank
    int stepCount = 0;
    int totalGap = 0;
    int uncoveredCount = 0;

    // True when there is no level above the current one: nothing to plan.
    bool atTop() const { return stages.isEmpty(); }
};

} // namespace ladder
