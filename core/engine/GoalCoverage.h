// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoveringGoal.h"
#include "domain/Goal.h"

#include <QList>
#include <QString>

namespace ladder {

// Which goals cover a skill. Only open goals count: a done goal has stopped
// working on the skill and a dropped one never will, so neither is a plan.
class GoalCoverage
{
public:
    // Open goals whose skillSlugs contain `skillSlug`, by id ascending (stable,
    // and the order goals were created in).
    static QList<CoveringGoal> covering(const QList<Goal> &goals, const QString &skillSlug);
};

} // namespace ladder
