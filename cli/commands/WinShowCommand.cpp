#include "WinShowCommand.h"

#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinOutput.h"
#include "application/Journal.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

WinShowCommand::WinShowCommand()
    : Command(QStringLiteral("win show"), QCoreApplication::translate("WinShowCommand", "Show one win in full (body in Markdown)."))
{
    m_arguments = {{QStringLiteral("ID"), QCoreApplication::translate("WinShowCommand", "The win's id (see win list).")}};
}

int WinShowCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    Result<qint64> id = parseId(QStringLiteral("win show"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    Result<Win> win = (*ws)->journal().get(*id);
    if (!win)
        return context.fail(win.error());
    printWin(context, *win);
    return 0;
}

} // namespace ladder
