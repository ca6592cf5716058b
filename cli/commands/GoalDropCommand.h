#pragma once

#include "GoalStatusCommand.h"

namespace ladder {

// ladder-cli goal drop ID [--date D] [--undo] (the work is in GoalStatusCommand).
class GoalDropCommand : public GoalStatusCommand
{
public:
    GoalDropCommand();
};

} // namespace ladder
