#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli check: integrity of the database file.
class CheckCommand : public Command
{
public:
    CheckCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
