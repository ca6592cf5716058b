// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkRemoveCommand.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "FrameworkLookup.h"

namespace ladder {

FrameworkRemoveCommand::FrameworkRemoveCommand()
    : DatabaseCommand(QStringLiteral("framework rm"),
                      FrameworkRemoveCommand::tr("Delete a framework that is not the active one; ratings, goals and wins are kept."))
{
    m_options
        = {{{QStringLiteral("y"), QStringLiteral("yes")}, tr("Delete without asking (needed when standard input is not a terminal).")}};
    m_arguments = {{QStringLiteral("SLUG"), tr("The framework (see framework list).")}};
}

int FrameworkRemoveCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (const int refused = context.needYesWithoutTerminal(name(), yes))
        return refused;
    return 0;
}

int FrameworkRemoveCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const bool yes = parser.isSet(QStringLiteral("yes"));
    Result<QList<Framework>> frameworks = workspace.frameworks().list();
    if (!frameworks)
        return context.fail(frameworks.error());
    Result<Framework> fw = findFramework(*frameworks, parser.positionalArguments().first());
    if (!fw)
        return context.fail(fw.error());
    if (fw->active)
        return context.fail(tr("framework '%1' is the active one; switch first (ladder-cli framework use SLUG)").arg(fw->slug));
    if (!yes) {
        if (!context.confirm(tr("Delete framework '%1' (%2)?").arg(fw->slug, fw->name))) {
            context.err() << tr("Nothing deleted.") << '\n';
            return 1;
        }
    }
    if (auto removed = workspace.frameworks().remove(fw->slug); !removed)
        return context.fail(removed.error());
    context.err() << tr("Deleted framework '%1'.").arg(fw->slug) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
