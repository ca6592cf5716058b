#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli framework use SLUG: make another framework the active one. Wins,
// ratings and goals are kept; they name skills by slug, so the ones the new
// framework shares count there at once.
class FrameworkUseCommand : public Command
{
public:
    FrameworkUseCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
