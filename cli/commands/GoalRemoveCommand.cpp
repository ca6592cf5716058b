// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalRemoveCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "WinFilterOptions.h"

namespace ladder {

GoalRemoveCommand::GoalRemoveCommand()
    : DatabaseCommand(QStringLiteral("goal rm"), GoalRemoveCommand::tr("Delete a goal and its milestones; linked wins stay (unlinked)."))
{
    m_options
        = {{{QStringLiteral("y"), QStringLiteral("yes")}, tr("Delete without asking (needed when standard input is not a terminal).")}};
    m_arguments = {{QStringLiteral("ID"), tr("The goal's id.")}};
}

int GoalRemoveCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (const int refused = context.needYesWithoutTerminal(name(), yes))
        return refused;
    Result<qint64> id = parseId(QStringLiteral("goal rm"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    m_id = *id;
    return 0;
}

int GoalRemoveCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const bool yes = parser.isSet(QStringLiteral("yes"));
    Result<Goal> goal = workspace.goals().get(m_id);
    if (!goal)
        return context.fail(goal.error());
    Result<qint64> wins = workspace.goals().linkedWinCount(m_id);
    if (!wins)
        return context.fail(wins.error());
    if (!yes) {
        const QString question = tr("Delete goal %1 (\"%2\", %3 milestones, linked to %4 wins)?")
                                     .arg(goal->id)
                                     .arg(goal->title)
                                     .arg(goal->milestones.size())
                                     .arg(*wins);
        if (!context.confirm(question)) {
            context.err() << tr("Nothing deleted.") << '\n';
            return 1;
        }
    }
    if (auto removed = workspace.goals().remove(m_id); !removed)
        return context.fail(removed.error());
    context.err() << tr("Deleted goal %1 (%2 linked wins kept, unlinked).").arg(m_id).arg(*wins) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
