// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetGoalStatusCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

SetGoalStatusCommand::SetGoalStatusCommand(Session &session, const Goal &goal, GoalStatus status, const QDate &on)
    : WriteCommand(session)
    , m_goalId(goal.id)
    , m_title(goal.title)
    , m_previousStatus(goal.status)
    , m_previousClosedOn(goal.closedOn)
    , m_status(status)
    , m_on(on)
{
    switch (status) {
    case GoalStatus::Done: setText(tr("Mark goal “%1” done").arg(goal.title)); break;
    case GoalStatus::Dropped: setText(tr("Drop goal “%1”").arg(goal.title)); break;
    case GoalStatus::Open: setText(tr("Reopen goal “%1”").arg(goal.title)); break;
    }
}

Result<void> SetGoalStatusCommand::apply()
{
    return m_session.workspace().goals().setStatus(m_goalId, m_status, m_on, m_previousStatus);
}

Result<void> SetGoalStatusCommand::revert()
{
    return m_session.workspace().goals().setStatus(m_goalId, m_previousStatus, m_previousClosedOn, m_status);
}

QString SetGoalStatusCommand::doneMessage() const
{
    switch (m_status) {
    case GoalStatus::Done: return tr("Marked goal “%1” done").arg(m_title);
    case GoalStatus::Dropped: return tr("Dropped goal “%1”").arg(m_title);
    case GoalStatus::Open: break;
    }
    return tr("Reopened goal “%1”").arg(m_title);
}

QString SetGoalStatusCommand::undoneMessage() const
{
    switch (m_previousStatus) {
    case GoalStatus::Done: return tr("Goal “%1” is done again").arg(m_title);
    case GoalStatus::Dropped: return tr("Goal “%1” is dropped again").arg(m_title);
    case GoalStatus::Open: break;
    }
    return tr("Goal “%1” is open again").arg(m_title);
}

} // namespace ladder
