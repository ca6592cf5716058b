// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetGoalStatusCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

SetGoalStatusCommand::SetGoalStatusCommand(Session &session, const Goal &goal, GoalStatus status, const QDate &on)
    : WriteCommand(session)
    , m_goalId(goal.id)
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

} // namespace ladder
