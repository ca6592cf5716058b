// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalShowCommand.h"

#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "GoalOutput.h"
#include "WinFilterOptions.h"

namespace ladder {

GoalShowCommand::GoalShowCommand()
    : DatabaseCommand(QStringLiteral("goal show"), GoalShowCommand::tr("Show a goal: milestones, skills and the wins linked to it."))
{
    m_arguments = {{QStringLiteral("ID"), tr("The goal's id (see goal list).")}};
}

int GoalShowCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Result<qint64> id = parseId(QStringLiteral("goal show"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    m_id = *id;
    return 0;
}

int GoalShowCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    Result<Goal> goal = workspace.goals().get(m_id);
    if (!goal)
        return context.fail(goal.error());
    WinFilter filter;
    filter.goalId = m_id;
    Result<QList<Win>> wins = workspace.journal().list(filter);
    if (!wins)
        return context.fail(wins.error());
    printGoal(context, *goal, *wins);
    return 0;
}

} // namespace ladder
