#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli level set LEVEL: the user's current level in the active framework.
class LevelSetCommand : public Command
{
public:
    LevelSetCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
