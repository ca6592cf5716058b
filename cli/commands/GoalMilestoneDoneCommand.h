#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli goal milestone done ID N [--date D] [--undo]: tick milestone N of a
// goal (or untick it with --undo).
class GoalMilestoneDoneCommand : public Command
{
public:
    GoalMilestoneDoneCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
