#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli win rm ID: delete a win (asks on a terminal unless --yes).
class WinRemoveCommand : public Command
{
public:
    WinRemoveCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
