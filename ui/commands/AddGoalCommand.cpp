// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddGoalCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

AddGoalCommand::AddGoalCommand(Session &session, Goal goal)
    : WriteCommand(session)
    , m_goal(std::move(goal))
{
    setText(tr("Add goal “%1”").arg(m_goal.title));
}

Result<void> AddGoalCommand::apply()
{
    Goals &goals = m_session.workspace().goals();
    Result<Goal> stored = isReapply() ? goals.restore(m_goal) : goals.add(m_goal);
    if (!stored)
        return stored.error();
    m_goal = *stored;
    return {};
}

Result<void> AddGoalCommand::revert()
{
    return m_session.workspace().goals().remove(m_goal.id);
}

QString AddGoalCommand::doneMessage() const
{
    return tr("Added goal “%1” — Ctrl+Z takes it out again").arg(m_goal.title);
}

QString AddGoalCommand::undoneMessage() const
{
    return tr("Took out goal “%1”").arg(m_goal.title);
}

} // namespace ladder
