// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalStatusCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "TerminalText.h"
#include "WinFilterOptions.h"

namespace ladder {

namespace {

QString statusWord(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open: return GoalStatusCommand::tr("open");
    case GoalStatus::Done: return GoalStatusCommand::tr("done");
    case GoalStatus::Dropped: return GoalStatusCommand::tr("dropped");
    }
    return GoalStatusCommand::tr("open");
}

} // namespace

GoalStatusCommand::GoalStatusCommand(QString name, QString description, GoalStatus status)
    : DatabaseCommand(std::move(name), std::move(description))
    , m_status(status)
{
    m_options = {{QStringLiteral("date"), tr("The day it happened (default today)."), QStringLiteral("D")},
                 {QStringLiteral("undo"), tr("Open the goal again.")}};
    m_arguments = {{QStringLiteral("ID"), tr("The goal's id.")}};
}

int GoalStatusCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const bool undo = parser.isSet(QStringLiteral("undo"));
    if (undo && parser.isSet(QStringLiteral("date")))
        return context.usage(tr("%1: --undo takes no --date").arg(name()));
    Result<qint64> id = parseId(name(), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    Result<QDate> on = readPastDateOption(parser, QStringLiteral("date"), context.today);
    if (!on)
        return context.fail(on.error());
    m_id = *id;
    m_on = *on;
    return 0;
}

int GoalStatusCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const bool undo = parser.isSet(QStringLiteral("undo"));
    Result<Goal> goal = workspace.goals().get(m_id);
    if (!goal)
        return context.fail(goal.error());

    if (undo) {
        if (goal->status != m_status)
            return context.fail(tr("goal %1 is %2, not %3: nothing to undo").arg(m_id).arg(statusWord(goal->status), statusWord(m_status)));
        if (auto set = workspace.goals().setStatus(m_id, GoalStatus::Open, {}); !set)
            return context.fail(set.error());
        context.err() << tr("Goal %1 is open again.").arg(m_id) << '\n';
        context.err().flush();
        return 0;
    }
    // Saying it twice changes nothing, unless a date is given to correct.
    if (goal->status == m_status && !parser.isSet(QStringLiteral("date"))) {
        context.err() << tr("Goal %1 is already %2 (since %3); nothing changed.")
                             .arg(m_id)
                             .arg(statusWord(m_status), goal->closedOn.toString(Qt::ISODate))
                      << '\n';
        context.err().flush();
        return 0;
    }
    if (auto set = workspace.goals().setStatus(m_id, m_status, m_on); !set)
        return context.fail(set.error());
    context.err() << TerminalText::line(
        tr("Goal %1 %2 on %3: %4").arg(m_id).arg(statusWord(m_status), m_on.toString(Qt::ISODate), goal->title))
                  << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
