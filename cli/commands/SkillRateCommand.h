#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli skill rate SLUG 0-4 [--note TEXT] [--date D]: a new dated self-rating
// (history is kept: an earlier rating is never overwritten).
class SkillRateCommand : public Command
{
public:
    SkillRateCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
