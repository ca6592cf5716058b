// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "report/ReportPdf.h"

#include <memory>
#include <vector>

namespace ladder {

using CommandList = std::vector<std::unique_ptr<Command>>;

// The commands of ladder-cli, in the order `ladder-cli --help` lists them.
// The printed reports write Markdown and HTML themselves and get PDFs from
// `pdf` (ladder-cli hands those to ladder-cli-report, so that no command of
// ladder-cli loads QtGui).
CommandList coreCommands(const std::shared_ptr<const ReportPdf> &pdf);

} // namespace ladder
