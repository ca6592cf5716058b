#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli win edit ID [TEXT…]: change a win (options, or $EDITOR).
class WinEditCommand : public Command
{
public:
    WinEditCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
