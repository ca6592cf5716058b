#include "Commands.h"

#include "commands/BackupCommand.h"
#include "commands/CheckCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/SearchCommand.h"
#include "commands/WinAddCommand.h"
#include "commands/WinEditCommand.h"
#include "commands/WinListCommand.h"
#include "commands/WinRemoveCommand.h"
#include "commands/WinShowCommand.h"

namespace ladder {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<WinAddCommand>());
    commands.push_back(std::make_unique<WinListCommand>());
    commands.push_back(std::make_unique<WinShowCommand>());
    commands.push_back(std::make_unique<WinEditCommand>());
    commands.push_back(std::make_unique<WinRemoveCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    return commands;
}

} // namespace ladder
