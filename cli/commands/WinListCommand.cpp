#include "WinListCommand.h"

#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinOutput.h"
#include "application/Journal.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

WinListCommand::WinListCommand()
    : Command(QStringLiteral("win list"), QCoreApplication::translate("WinListCommand", "List wins, newest first."))
{
    m_options = WinFilterOptions::options();
}

int WinListCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    Result<WinFilter> filter = WinFilterOptions::read(parser, context);
    if (!filter)
        return context.fail(filter.error());
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    Result<QList<Win>> wins = (*ws)->journal().list(*filter);
    if (!wins)
        return context.fail(wins.error());
    printWinList(context, *wins);
    return 0;
}

} // namespace ladder
