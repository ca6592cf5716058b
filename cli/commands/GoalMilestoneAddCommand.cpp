// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalMilestoneAddCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "WinFilterOptions.h"

namespace ladder {

GoalMilestoneAddCommand::GoalMilestoneAddCommand()
    : DatabaseCommand(QStringLiteral("goal milestone add"), GoalMilestoneAddCommand::tr("Add a milestone to a goal; prints its number N."))
{
    m_options = {{QStringLiteral("due"), tr("Due date: 2026-12-31, friday, in 2 weeks, ... (not before the goal was created)."),
                  QStringLiteral("D")}};
    m_arguments = {{QStringLiteral("ID"), tr("The goal's id.")},
                   {QStringLiteral("TEXT"), tr("The step to take."), QStringLiteral("TEXT…"), true, true}};
}

int GoalMilestoneAddCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    QStringList positional = parser.positionalArguments();
    Result<qint64> id = parseId(QStringLiteral("goal milestone add"), positional.takeFirst());
    if (!id)
        return context.fail(id.error());
    const QString text = positional.join(QLatin1Char(' ')).trimmed();
    Result<QDate> due = readDueDateOption(parser, QStringLiteral("due"), context.today);
    if (!due)
        return context.fail(due.error());
    m_id = *id;
    m_text = text;
    m_due = *due;
    return 0;
}

int GoalMilestoneAddCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    Result<Milestone> milestone = workspace.goals().addMilestone(m_id, m_text, m_due);
    if (!milestone)
        return context.fail(milestone.error());
    const int position = milestone->position;
    if (context.json)
        context.out() << QStringLiteral("{\"goal\": %1, \"n\": %2}").arg(m_id).arg(position) << '\n';
    else
        context.out() << position << '\n';
    context.out().flush();
    return 0;
}

} // namespace ladder
