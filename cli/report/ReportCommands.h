// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Commands.h"

namespace ladder {

// Every command, the reports' PDFs painted in this process (RenderedReportPdf):
// what ladder-cli-report dispatches and the tests run.
CommandList allCommands();

} // namespace ladder
