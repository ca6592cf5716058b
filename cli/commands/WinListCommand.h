#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli win list [filters]: wins newest first.
class WinListCommand : public Command
{
public:
    WinListCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
