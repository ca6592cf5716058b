#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal show ID: a goal with its milestones, skills and the wins linked to it.
class GoalShowCommand : public Command
{
public:
    GoalShowCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
