#pragma once

#include "Commands.h"

namespace ladder {

// `report readiness` and `report brag`: the commands that paint (PDF), linked
// only into ladder-cli-report and the tests.
CommandList reportCommands();

// Every command: what ladder-cli-report dispatches and the tests run.
CommandList allCommands();

} // namespace ladder
