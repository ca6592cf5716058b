#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli skill list [--level L]: every skill of the active framework with the
// user's rating, what the current and the next (or given) level expect, and the gap.
class SkillListCommand : public Command
{
public:
    SkillListCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
