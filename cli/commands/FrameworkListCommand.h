#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli framework list: the frameworks in the database, the active one first (*).
class FrameworkListCommand : public Command
{
public:
    FrameworkListCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
