// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteGoalCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

DeleteGoalCommand::DeleteGoalCommand(Session &session, Goal goal, QList<qint64> linkedWinIds)
    : WriteCommand(session)
    , m_goal(std::move(goal))
    , m_winIds(std::move(linkedWinIds))
{
    setText(tr("Delete goal “%1”").arg(m_goal.title));
}

Result<void> DeleteGoalCommand::apply()
{
    return m_session.workspace().goals().remove(m_goal.id);
}

Result<void> DeleteGoalCommand::revert()
{
    Result<Goal> restored = m_session.workspace().goals().restore(m_goal, m_winIds);
    if (!restored)
        return restored.error();
    m_goal = *restored;
    return {};
}

QString DeleteGoalCommand::doneMessage() const
{
    return tr("Deleted goal “%1” — Ctrl+Z brings it back").arg(m_goal.title);
}

QString DeleteGoalCommand::undoneMessage() const
{
    return tr("Brought back goal “%1”").arg(m_goal.title);
}

} // namespace ladder
