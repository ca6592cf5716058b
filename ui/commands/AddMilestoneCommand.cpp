#include "AddMilestoneCommand.h"

#include "Session.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

AddMilestoneCommand::AddMilestoneCommand(Session &session, qint64 goalId, const QString &text, const QDate &due)
    : WriteCommand(session)
    , m_goalId(goalId)
    , m_text(text.trimmed())
    , m_due(due)
{
    setText(QCoreApplication::translate("AddMilestoneCommand", "Add milestone “%1”").arg(m_text));
}

Result<void> AddMilestoneCommand::apply()
{
    GoalStore &goals = m_session.workspace().goals();
    Result<int> position = goals.addMilestone(m_goalId, m_text, m_due, QDate(), m_uuid);
    if (!position)
        return position.error();
    m_position = *position;
    if (m_uuid.isEmpty()) {
        Result<Goal> goal = goals.get(m_goalId);
        if (goal && m_position <= goal->milestones.size())
            m_uuid = goal->milestones.at(m_position - 1).uuid;
    }
    return {};
}

Result<void> AddMilestoneCommand::revert()
{
    return m_session.workspace().goals().removeMilestone(m_goalId, m_position);
}

} // namespace ladder
