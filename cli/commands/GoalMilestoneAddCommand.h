#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal milestone add ID TEXT… [--due D]: append a milestone; prints its number N.
class GoalMilestoneAddCommand : public Command
{
public:
    GoalMilestoneAddCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
