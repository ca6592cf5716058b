#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli export -o FILE.json: everything, in the ladder export format.
class ExportCommand : public Command
{
public:
    ExportCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
