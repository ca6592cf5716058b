#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli framework rm SLUG: delete a framework that is not the active one
// (asks on a terminal unless --yes). Ratings, goals and wins are kept.
class FrameworkRemoveCommand : public Command
{
public:
    FrameworkRemoveCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
