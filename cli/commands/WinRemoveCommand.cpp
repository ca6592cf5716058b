// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinRemoveCommand.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "WinFilterOptions.h"

namespace ladder {

WinRemoveCommand::WinRemoveCommand()
    : DatabaseCommand(QStringLiteral("win rm"), WinRemoveCommand::tr("Delete a win."))
{
    m_options
        = {{{QStringLiteral("y"), QStringLiteral("yes")}, tr("Delete without asking (needed when standard input is not a terminal).")}};
    m_arguments = {{QStringLiteral("ID"), tr("The win's id.")}};
}

int WinRemoveCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (const int refused = context.needYesWithoutTerminal(name(), yes))
        return refused;
    Result<qint64> id = parseId(QStringLiteral("win rm"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    m_id = *id;
    return 0;
}

int WinRemoveCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const bool yes = parser.isSet(QStringLiteral("yes"));
    Result<Win> win = workspace.journal().get(m_id);
    if (!win)
        return context.fail(win.error());
    if (!yes) {
        if (!context.confirm(tr("Delete win %1 (%2, \"%3\")?").arg(win->id).arg(win->date.toString(Qt::ISODate), win->title))) {
            context.err() << tr("Nothing deleted.") << '\n';
            return 1;
        }
    }
    if (auto removed = workspace.journal().remove({m_id}); !removed)
        return context.fail(removed.error());
    context.err() << tr("Deleted win %1.").arg(m_id) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
