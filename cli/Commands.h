#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace ladder {

using CommandList = std::vector<std::unique_ptr<Command>>;

// The commands of ladder-cli, in the order `ladder-cli --help` lists them: all
// but the printed reports, which run in ladder-cli-report (reportCommands()) so
// that everyday commands never load QtGui.
CommandList coreCommands();

} // namespace ladder
