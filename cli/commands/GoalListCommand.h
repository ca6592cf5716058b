#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal list [--status S] [--skill SLUG]: goals, open ones first, by due date.
class GoalListCommand : public Command
{
public:
    GoalListCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
