#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli skill history SLUG: every rating of a skill, oldest first, with the change.
class SkillHistoryCommand : public Command
{
public:
    SkillHistoryCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
