// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToggleMilestoneCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

ToggleMilestoneCommand::ToggleMilestoneCommand(Session &session, qint64 goalId, int position, const QString &text,
                                               const QDate &previousDoneOn, const QDate &newDoneOn)
    : WriteCommand(session)
    , m_goalId(goalId)
    , m_position(position)
    , m_text(text)
    , m_previous(previousDoneOn)
    , m_new(newDoneOn)
{
    setText(newDoneOn.isValid() ? tr("Tick milestone “%1”").arg(text) : tr("Untick milestone “%1”").arg(text));
}

Result<void> ToggleMilestoneCommand::apply()
{
    return m_session.workspace().goals().setMilestoneDone(m_goalId, m_position, m_new);
}

Result<void> ToggleMilestoneCommand::revert()
{
    return m_session.workspace().goals().setMilestoneDone(m_goalId, m_position, m_previous);
}

QString ToggleMilestoneCommand::doneMessage() const
{
    return m_new.isValid() ? tr("Ticked milestone “%1”").arg(m_text) : tr("Unticked milestone “%1”").arg(m_text);
}

QString ToggleMilestoneCommand::undoneMessage() const
{
    return m_previous.isValid() ? tr("Milestone “%1” is ticked again").arg(m_text) : tr("Milestone “%1” is open again").arg(m_text);
}

} // namespace ladder
