// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoadmapStep.h"

#include <QList>
#include <QString>

namespace ladder {

// The steps that take the user from the stage below to one level.
struct RoadmapStage
{
    QString levelSlug;
    QString levelName;
    int rank = 0;
    QList<RoadmapStep> steps; // gap desc, then foundational order (docs/readiness.md)
    int totalGap = 0;         // sum of the steps' gaps
    int uncoveredCount = 0;   // steps with uncovered set
};

} // namespace ladder
