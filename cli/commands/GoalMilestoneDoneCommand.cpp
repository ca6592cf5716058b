// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalMilestoneDoneCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "GoalOutput.h"
#include "WinFilterOptions.h"

#include <limits>

namespace ladder {

GoalMilestoneDoneCommand::GoalMilestoneDoneCommand()
    : DatabaseCommand(QStringLiteral("goal milestone done"),
                      GoalMilestoneDoneCommand::tr("Mark milestone N of a goal done (--undo: open again)."))
{
    m_options = {{QStringLiteral("date"), tr("The day it was done (default today)."), QStringLiteral("D")},
                 {QStringLiteral("undo"), tr("Mark it not done.")}};
    m_arguments = {{QStringLiteral("ID"), tr("The goal's id.")}, {QStringLiteral("N"), tr("The milestone's number (see goal show).")}};
}

int GoalMilestoneDoneCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const bool undo = parser.isSet(QStringLiteral("undo"));
    if (undo && parser.isSet(QStringLiteral("date")))
        return context.usage(tr("goal milestone done: --undo takes no --date"));
    const QStringList positional = parser.positionalArguments();
    Result<qint64> id = parseId(QStringLiteral("goal milestone done"), positional.at(0));
    if (!id)
        return context.fail(id.error());
    bool isNumber = false;
    const qlonglong wide = positional.at(1).trimmed().toLongLong(&isNumber);
    if (isNumber && wide > std::numeric_limits<int>::max())
        return context.fail(tr("goal milestone done %1 %2: there is no milestone %2").arg(positional.at(0), positional.at(1)));
    const int position = int(wide);
    if (!isNumber || position <= 0)
        return context.fail(tr("goal milestone done %1 %2: not a milestone number (1, 2, ...)").arg(positional.at(0), positional.at(1)));
    Result<QDate> on = readPastDateOption(parser, QStringLiteral("date"), context.today);
    if (!on)
        return context.fail(on.error());
    m_id = *id;
    m_position = position;
    m_on = *on;
    return 0;
}

int GoalMilestoneDoneCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const bool undo = parser.isSet(QStringLiteral("undo"));
    if (auto set = workspace.goals().setMilestoneDone(m_id, m_position, undo ? QDate() : m_on); !set)
        return context.fail(set.error());
    Result<Goal> goal = workspace.goals().get(m_id);
    if (!goal)
        return context.fail(goal.error());
    const QString message
        = undo ? tr("Milestone %1 of goal %2 is open again; progress %3.") : tr("Milestone %1 of goal %2 done; progress %3.");
    context.err() << message.arg(m_position).arg(m_id).arg(goalProgressText(*goal)) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
