#pragma once

#include "Command.h"
#include "ReportPdf.h"

#include <memory>

namespace ladder {

// ladder-cli report brag [--period P] [--group skill|month] [--name NAME]
//   [--format md|html|pdf] [--page-size a4|letter] -o FILE
// The period's wins grouped by skill or month, starred first.
class ReportBragCommand : public Command
{
public:
    // `pdf` paints the PDF or hands the command to the process that can.
    explicit ReportBragCommand(std::shared_ptr<const ReportPdf> pdf);

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    std::shared_ptr<const ReportPdf> m_pdf;
};

} // namespace ladder
