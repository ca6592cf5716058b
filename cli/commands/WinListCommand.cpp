#include "WinListCommand.h"

#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinListPrinter.h"
#include "io/Workspace.h"

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
    // Printed as the rows are read: memory stays flat whatever the number of hits.
    WinListPrinter printer(context);
    Result<void> listed = (*ws)->wins().forEach(*filter, [&](const Win &win) { return printer.add(win); });
    if (!listed)
        return context.fail(listed.error());
    printer.finish();
    return 0;
}

} // namespace ladder
