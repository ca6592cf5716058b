#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli report readiness [--target LEVEL] [--period P] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The printed promotion-readiness summary.
class ReportReadinessCommand : public Command
{
public:
    ReportReadinessCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
