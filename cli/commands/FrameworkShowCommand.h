#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli framework show [SLUG] [--skill S]: a framework's levels and what
// each expects of each skill; one skill with its example behaviours.
class FrameworkShowCommand : public Command
{
public:
    FrameworkShowCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
