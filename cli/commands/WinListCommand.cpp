#include "WinListCommand.h"

#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinOutput.h"
#include "application/Journal.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

WinListCommand::WinListCommand()
    : DatabaseCommand(QStringLiteral("win list"), QCoreApplication::translate("WinListCommand", "List wins, newest first."))
{
    m_options = WinFilterOptions::options();
}

int WinListCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Result<WinFilter> filter = WinFilterOptions::read(parser, context);
    if (!filter)
        return context.fail(filter.error());
    m_filter = std::move(*filter);
    return 0;
}

int WinListCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    if (Result<void> known = WinFilterOptions::checkSkill(m_filter, workspace); !known)
        return context.fail(known.error());
    Result<QList<Win>> wins = workspace.journal().list(m_filter);
    if (!wins)
        return context.fail(wins.error());
    printWinList(context, *wins);
    return 0;
}

} // namespace ladder
