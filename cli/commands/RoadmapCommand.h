#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli roadmap [--to LEVEL]: ordered steps from your level to each level
// above it (or up to LEVEL), largest gap first in each stage.
class RoadmapCommand : public Command
{
public:
    RoadmapCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
