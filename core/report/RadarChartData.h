// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ReadinessReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// What the readiness radar chart shows: one axis per skill the target level
// expects, the user's rating against the expectation. Plain values so that the
// SVG writer (core) and the painter (render) draw the very same chart.
struct RadarChartData
{
    Q_DECLARE_TR_FUNCTIONS(RadarChartData)

public:
    struct Axis
    {
        QString skillSlug;
        QString label;    // the skill's name
        int rating = 0;   // on the framework's scale; 0 when unrated
        int expected = 0; // on the framework's scale
        bool unrated = true;
    };

    QList<Axis> axes;       // foundational order (the engine's)
    QString ratingLegend;   // "Your rating"
    QString expectedLegend; // "Expected at Senior"
    int maxValue = 4;       // the top of the framework's scale: the outer ring

    bool isEmpty() const { return axes.isEmpty(); }

    // Skills with expected > 0 that apply, in the report's order. Skills the
    // level does not expect would only add spokes at zero.
    static RadarChartData fromReadiness(const ReadinessReport &report);
};

} // namespace ladder
