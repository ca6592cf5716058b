// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalDropCommand.h"

namespace ladder {

GoalDropCommand::GoalDropCommand()
    : GoalStatusCommand(QStringLiteral("goal drop"), GoalDropCommand::tr("Drop a goal (no longer pursued); it stays in the list."),
                        GoalStatus::Dropped)
{
}

} // namespace ladder
