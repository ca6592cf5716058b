#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli readiness [--target LEVEL] [--period P]: how ready you are for a
// level over a review period, per category and skill, on the terminal.
class ReadinessCommand : public Command
{
public:
    ReadinessCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
