// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalCoverage.h"

#include <algorithm>

namespace ladder {

QList<CoveringGoal> GoalCoverage::covering(const QList<Goal> &goals, const QString &skillSlug)
{
    QList<CoveringGoal> result;
    for (const Goal &goal : goals) {
        if (goal.status != GoalStatus::Open || !goal.skillSlugs.contains(skillSlug))
            continue;
        result.append(CoveringGoal{goal.id, goal.title, goal.due, goal.progress()});
    }
    std::stable_sort(result.begin(), result.end(), [](const CoveringGoal &a, const CoveringGoal &b) { return a.id < b.id; });
    return result;
}

} // namespace ladder
