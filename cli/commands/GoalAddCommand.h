#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal add TITLE… [--skill S]… [--due D] [--note TEXT] [--milestone TEXT]…:
// a new open goal; prints its id.
class GoalAddCommand : public Command
{
public:
    GoalAddCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
