#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal rm ID: delete a goal and its milestones (asks on a terminal
// unless --yes); the wins linked to it stay, unlinked.
class GoalRemoveCommand : public Command
{
public:
    GoalRemoveCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
