#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli report brag [--period P] [--group skill|month] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The period's wins grouped by skill or month, starred first.
class ReportBragCommand : public Command
{
public:
    ReportBragCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
