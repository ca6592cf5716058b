// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinShowCommand.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinOutput.h"

namespace ladder {

WinShowCommand::WinShowCommand()
    : DatabaseCommand(QStringLiteral("win show"), WinShowCommand::tr("Show one win in full (body in Markdown)."))
{
    m_arguments = {{QStringLiteral("ID"), tr("The win's id (see win list).")}};
}

int WinShowCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Result<qint64> id = parseId(QStringLiteral("win show"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    m_id = *id;
    return 0;
}

int WinShowCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    Result<Win> win = workspace.journal().get(m_id);
    if (!win)
        return context.fail(win.error());
    printWin(context, *win);
    return 0;
}

} // namespace ladder
