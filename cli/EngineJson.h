// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/GapReport.h"
#include "engine/ReadinessReport.h"
#include "engine/RoadmapPlan.h"

#include <QJsonObject>

namespace ladder {

// The engine's results as `gap --json`, `readiness --json` and `roadmap --json`
// print them: every number the tables show and more, snake_case keys as in the
// export, proficiencies as numbers 0-4, lists in the engine's fixed order.
QJsonObject gapReportJson(const GapReport &report);
QJsonObject readinessReportJson(const ReadinessReport &report);
QJsonObject roadmapPlanJson(const RoadmapPlan &plan);

} // namespace ladder
