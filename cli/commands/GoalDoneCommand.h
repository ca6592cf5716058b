#pragma once

#include "GoalStatusCommand.h"

namespace ladder {

// ladder-cli goal done ID [--date D] [--undo] (the work is in GoalStatusCommand).
class GoalDoneCommand : public GoalStatusCommand
{
public:
    GoalDoneCommand();
};

} // namespace ladder
