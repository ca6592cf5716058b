// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalDoneCommand.h"

namespace ladder {

GoalDoneCommand::GoalDoneCommand()
    : GoalStatusCommand(QStringLiteral("goal done"), GoalDoneCommand::tr("Mark a goal done (reached)."), GoalStatus::Done)
{
}

} // namespace ladder
