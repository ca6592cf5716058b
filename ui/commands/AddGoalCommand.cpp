#include "AddGoalCommand.h"

#include "Session.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

AddGoalCommand::AddGoalCommand(Session &session, Goal goal)
    : WriteCommand(session)
    , m_goal(std::move(goal))
{
    setText(QCoreApplication::translate("AddGoalCommand", "Add goal “%1”").arg(m_goal.title));
}

Result<void> AddGoalCommand::apply()
{
    GoalStore &goals = m_session.workspace().goals();
    Result<qint64> id = goals.add(m_goal, isReapply());
    if (!id)
        return id.error();
    Result<Goal> stored = goals.get(*id);
    if (!stored)
        return stored.error();
    m_goal = *stored;
    return {};
}

Result<void> AddGoalCommand::revert()
{
    return m_session.workspace().goals().remove(m_goal.id);
}

} // namespace ladder
