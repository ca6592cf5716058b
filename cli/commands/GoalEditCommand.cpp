// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalEditCommand.h"

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "FrameworkLookup.h"
#include "WinFilterOptions.h"

namespace ladder {

GoalEditCommand::GoalEditCommand()
    : DatabaseCommand(QStringLiteral("goal edit"), GoalEditCommand::tr("Change a goal's title, due date, note or skills."))
{
    m_options = {{QStringLiteral("title"), tr("A new title."), QStringLiteral("T")},
                 {QStringLiteral("due"), tr("A new due date: 2026-12-31, friday, in 2 weeks, ... (not before the goal was created)."),
                  QStringLiteral("D")},
                 {QStringLiteral("no-due"), tr("Remove the due date.")},
                 {QStringLiteral("note"), tr("A new note ('' clears it)."), QStringLiteral("TEXT")},
                 {QStringLiteral("skill"), tr("Link skill SLUG (repeatable)."), QStringLiteral("SLUG")},
                 {QStringLiteral("remove-skill"), tr("Unlink skill SLUG (repeatable)."), QStringLiteral("SLUG")}};
    m_repeatable = {QStringLiteral("skill"), QStringLiteral("remove-skill")};
    m_arguments = {{QStringLiteral("ID"), tr("The goal's id.")}};
}

int GoalEditCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    bool anyOption = false;
    for (const QString &name : parser.optionNames())
        anyOption = anyOption || name != QLatin1String("help");
    if (!anyOption)
        return context.usage(tr("goal edit: give at least one of --title, --due, --no-due, --note, --skill, --remove-skill"));
    if (parser.isSet(QStringLiteral("due")) && parser.isSet(QStringLiteral("no-due")))
        return context.usage(tr("goal edit: --due and --no-due contradict each other"));
    Result<qint64> id = parseId(QStringLiteral("goal edit"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    Result<QDate> due = readDueDateOption(parser, QStringLiteral("due"), context.today);
    if (!due)
        return context.fail(due.error());
    m_id = *id;
    m_due = *due;
    return 0;
}

int GoalEditCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<Goal> stored = workspace.goals().get(m_id);
    if (!stored)
        return context.fail(stored.error());
    Result<QStringList> known = workspace.frameworks().skillSlugs();
    if (!known)
        return context.fail(known.error());

    const Goal before = *stored;
    Goal goal = before;
    if (parser.isSet(QStringLiteral("title")))
        goal.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("note")))
        goal.note = parser.value(QStringLiteral("note")).trimmed();
    if (m_due.isValid())
        goal.due = m_due;
    if (parser.isSet(QStringLiteral("no-due")))
        goal.due = QDate();
    for (const QString &slug : parser.values(QStringLiteral("skill"))) {
        Result<QString> skill = findSkill(*known, slug);
        if (!skill)
            return context.fail(skill.error().at(QStringLiteral("--skill")));
        goal.skillSlugs << *skill;
    }
    for (const QString &slug : parser.values(QStringLiteral("remove-skill"))) {
        // A skill of another framework may be linked too, so the goal's own
        // links are what is checked.
        if (!goal.skillSlugs.contains(slug))
            return context.fail(tr("--remove-skill %1: goal %2 is not linked to it (its skills: %3)")
                                    .arg(slug)
                                    .arg(m_id)
                                    .arg(stored->skillSlugs.isEmpty() ? tr("none") : stored->skillSlugs.join(QStringLiteral(", "))));
        goal.skillSlugs.removeAll(slug);
    }
    // Only what this edit changed is written, onto the goal as it is now.
    if (auto updated = workspace.goals().update(before, goal); !updated)
        return context.fail(updated.error());
    context.err() << tr("Updated goal %1.").arg(m_id) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
