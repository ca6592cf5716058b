// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalAddCommand.h"

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "FrameworkLookup.h"

namespace ladder {

GoalAddCommand::GoalAddCommand()
    : DatabaseCommand(QStringLiteral("goal add"), GoalAddCommand::tr("Add a goal; prints its id."))
{
    m_options = {{QStringLiteral("skill"), tr("Link skill SLUG (repeatable)."), QStringLiteral("SLUG")},
                 {QStringLiteral("due"), tr("Due date: 2026-12-31, friday (the coming one), in 2 weeks, ... (not before today)."),
                  QStringLiteral("D")},
                 {QStringLiteral("note"), tr("Why, or how (free text)."), QStringLiteral("TEXT")},
                 {QStringLiteral("milestone"), tr("Add a milestone (repeatable, in order)."), QStringLiteral("TEXT")}};
    m_repeatable = {QStringLiteral("skill"), QStringLiteral("milestone")};
    m_arguments = {{QStringLiteral("TITLE"), tr("What you want to achieve."), QStringLiteral("TITLE…"), true, true}};
}

int GoalAddCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Goal goal;
    goal.title = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    goal.createdOn = context.today;
    goal.note = parser.value(QStringLiteral("note")).trimmed();
    Result<QDate> due = readDueDateOption(parser, QStringLiteral("due"), context.today);
    if (!due)
        return context.fail(due.error());
    goal.due = *due;
    for (const QString &text : parser.values(QStringLiteral("milestone"))) {
        if (text.trimmed().isEmpty())
            return context.fail(tr("--milestone: a milestone needs a text"));
        Milestone milestone;
        milestone.text = text.trimmed();
        goal.milestones << milestone;
    }
    m_goal = std::move(goal);
    return 0;
}

int GoalAddCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Goal goal = m_goal;
    Result<QStringList> known = workspace.frameworks().skillSlugs();
    if (!known)
        return context.fail(known.error());
    for (const QString &slug : parser.values(QStringLiteral("skill"))) {
        Result<QString> skill = findSkill(*known, slug);
        if (!skill)
            return context.fail(skill.error().at(QStringLiteral("--skill")));
        goal.skillSlugs << *skill;
    }
    Result<Goal> added = workspace.goals().add(goal);
    if (!added)
        return context.fail(added.error());
    if (context.json)
        context.out() << QStringLiteral("{\"id\": %1}").arg(added->id) << '\n';
    else
        context.out() << added->id << '\n';
    context.out().flush();
    return 0;
}

} // namespace ladder
