// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "CommandContext.h"

namespace ladder {

CheckCommand::CheckCommand()
    : DatabaseCommand(QStringLiteral("check"), CheckCommand::tr("Check the integrity of the database file."))
{
}

int CheckCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    Result<QStringList> problems = workspace.transfer().check();
    if (!problems)
        return context.fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString &p : std::as_const(*problems))
            context.fail(QStringLiteral("%1: %2").arg(workspace.path(), p));
        return 1;
    }
    context.out() << tr("%1: ok").arg(workspace.path()) << '\n';
    context.out().flush();
    return 0;
}

} // namespace ladder
