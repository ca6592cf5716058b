// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GoalStatusCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli goal done ID [--date D] [--undo] (the work is in GoalStatusCommand).
class GoalDoneCommand : public GoalStatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalDoneCommand)

public:
    GoalDoneCommand();
};

} // namespace ladder
