#pragma once

#include "DatabaseCommand.h"

namespace ladder {

// ladder-cli skill list [--level L]: every skill of the active framework with the
// user's rating, what the current and the next (or given) level expect, and the gap.
class SkillListCommand : public DatabaseCommand
{
public:
    SkillListCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
