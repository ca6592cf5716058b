// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GoalStatusCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli goal drop ID [--date D] [--undo] (the work is in GoalStatusCommand).
class GoalDropCommand : public GoalStatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalDropCommand)

public:
    GoalDropCommand();
};

} // namespace ladder
