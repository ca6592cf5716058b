#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli win show ID: one win in full.
class WinShowCommand : public Command
{
public:
    WinShowCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
