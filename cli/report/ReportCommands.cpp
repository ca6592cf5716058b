#include "ReportCommands.h"

#include "ReportBragCommand.h"
#include "ReportReadinessCommand.h"

namespace ladder {

CommandList reportCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<ReportReadinessCommand>());
    commands.push_back(std::make_unique<ReportBragCommand>());
    return commands;
}

CommandList allCommands()
{
    CommandList commands = coreCommands();
    for (auto &command : reportCommands())
        commands.push_back(std::move(command));
    return commands;
}

} // namespace ladder
