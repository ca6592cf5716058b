#pragma once

#include "DatabaseCommand.h"

namespace ladder {

// ladder-cli gap [--target LEVEL]: how far each skill is from a level, as of
// today, largest gap first.
class GapCommand : public DatabaseCommand
{
public:
    GapCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
