// SPDX-License-Identifier: GPL-3.0-or-later
#include "Goal.h"

namespace ladder {

QString goalStatusKey(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open: return QStringLiteral("open");
    case GoalStatus::Done: return QStringLiteral("done");
    case GoalStatus::Dropped: return QStringLiteral("dropped");
    }
    return QStringLiteral("open");
}

bool goalStatusFromKey(const QString &key, GoalStatus *status)
{
    for (GoalStatus s : {GoalStatus::Open, GoalStatus::Done, GoalStatus::Dropped}) {
        if (goalStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace ladder
