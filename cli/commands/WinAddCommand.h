#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli win add [TEXT…]: log a win (inline DATE:, @tag, #tag; $EDITOR with no text).
class WinAddCommand : public Command
{
public:
    WinAddCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
