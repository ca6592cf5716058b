#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli framework export [SLUG] -o FILE: write a framework as a
// `ladder-framework` file that `framework import` reads back unchanged.
class FrameworkExportCommand : public Command
{
public:
    FrameworkExportCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
