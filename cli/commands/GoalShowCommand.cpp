#include "GoalShowCommand.h"

#include "CommandContext.h"
#include "GoalOutput.h"
#include "WinFilterOptions.h"
#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

GoalShowCommand::GoalShowCommand()
    : Command(QStringLiteral("goal show"), QCoreApplication::translate("GoalShowCommand", "Show a goal: milestones, skills and the wins linked to it."))
{
    m_arguments = {{QStringLiteral("ID"), QCoreApplication::translate("GoalShowCommand", "The goal's id (see goal list).")}};
}

int GoalShowCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    Result<qint64> id = parseId(QStringLiteral("goal show"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    Result<Goal> goal = (*ws)->goals().get(*id);
    if (!goal)
        return context.fail(goal.error());
    WinFilter filter;
    filter.goalId = *id;
    Result<QList<Win>> wins = (*ws)->journal().list(filter);
    if (!wins)
        return context.fail(wins.error());
    printGoal(context, *goal, *wins);
    return 0;
}

} // namespace ladder
