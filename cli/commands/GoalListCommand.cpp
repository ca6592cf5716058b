// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalListCommand.h"

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "FrameworkLookup.h"
#include "GoalOutput.h"

namespace ladder {

GoalListCommand::GoalListCommand()
    : DatabaseCommand(QStringLiteral("goal list"), GoalListCommand::tr("List goals: open ones first, soonest due first; ! marks overdue."))
{
    m_options = {{QStringLiteral("status"), tr("Only goals with status S: open, done or dropped."), QStringLiteral("S")},
                 {QStringLiteral("skill"), tr("Only goals linked to skill SLUG."), QStringLiteral("SLUG")}};
}

int GoalListCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    GoalFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        GoalStatus status = GoalStatus::Open;
        const QString text = parser.value(QStringLiteral("status"));
        if (!goalStatusFromKey(text.trimmed().toLower(), &status))
            return context.fail(tr("--status %1: not a status (open, done or dropped)").arg(text));
        filter.status = status;
    }
    m_filter = std::move(filter);
    return 0;
}

int GoalListCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    GoalFilter filter = m_filter;
    if (parser.isSet(QStringLiteral("skill"))) {
        Result<QStringList> known = workspace.frameworks().skillSlugs();
        if (!known)
            return context.fail(known.error());
        Result<QString> skill = findSkill(*known, parser.value(QStringLiteral("skill")));
        if (!skill)
            return context.fail(skill.error().at(QStringLiteral("--skill")));
        filter.skillSlug = *skill;
    }
    Result<QList<Goal>> goals = workspace.goals().list(filter);
    if (!goals)
        return context.fail(goals.error());
    printGoalList(context, *goals);
    return 0;
}

} // namespace ladder
