#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace ladder {

// Every ladder-cli command, in the order `ladder-cli --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace ladder
