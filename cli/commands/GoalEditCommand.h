#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal edit ID [--title T] [--due D|--no-due] [--note TEXT] [--skill S]…
// [--remove-skill S]…: change what is given, keep the rest.
class GoalEditCommand : public Command
{
public:
    GoalEditCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
