#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli level list: the active framework's levels, lowest first, with the
// user's current level marked and how many skills already meet each.
class LevelListCommand : public Command
{
public:
    LevelListCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
