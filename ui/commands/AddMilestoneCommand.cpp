// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddMilestoneCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

AddMilestoneCommand::AddMilestoneCommand(Session &session, qint64 goalId, const QString &text, const QDate &due)
    : WriteCommand(session)
    , m_goalId(goalId)
    , m_text(text.trimmed())
    , m_due(due)
{
    setText(tr("Add milestone “%1”").arg(m_text));
}

Result<void> AddMilestoneCommand::apply()
{
    Result<Milestone> added = m_session.workspace().goals().addMilestone(m_goalId, m_text, m_due, m_uuid);
    if (!added)
        return added.error();
    m_position = added->position;
    m_uuid = added->uuid;
    return {};
}

Result<void> AddMilestoneCommand::revert()
{
    return m_session.workspace().goals().removeMilestone(m_goalId, m_position);
}

QString AddMilestoneCommand::doneMessage() const
{
    return tr("Added milestone “%1”").arg(m_text);
}

QString AddMilestoneCommand::undoneMessage() const
{
    return tr("Took out milestone “%1”").arg(m_text);
}

} // namespace ladder
