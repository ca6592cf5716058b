// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include "RenderedReportPdf.h"

namespace ladder {

CommandList allCommands()
{
    return coreCommands(std::make_shared<RenderedReportPdf>());
}

} // namespace ladder
