#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli gap [--target LEVEL]: how far each skill is from a level, as of
// today, largest gap first.
class GapCommand : public Command
{
public:
    GapCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
