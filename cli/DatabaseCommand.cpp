// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCommand.h"

#include "application/Workspace.h"
#include "CommandContext.h"

namespace ladder {

int DatabaseCommand::checkInput(CommandContext &, const QCommandLineParser &)
{
    return 0;
}

int DatabaseCommand::failToOpen(CommandContext &context, const Error &error)
{
    return context.fail(error);
}

std::optional<int> DatabaseCommand::runElsewhere(CommandContext &, const QCommandLineParser &)
{
    return std::nullopt;
}

int DatabaseCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    if (const int refused = checkInput(context, parser))
        return refused;
    if (const std::optional<int> ranElsewhere = runElsewhere(context, parser))
        return *ranElsewhere;
    Result<Workspace *> workspace = readsOnly() ? context.readOnlyWorkspace() : context.workspace();
    if (!workspace)
        return failToOpen(context, workspace.error());
    return executeWithWorkspace(context, **workspace, parser);
}

} // namespace ladder
