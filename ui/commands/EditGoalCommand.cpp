// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditGoalCommand.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

EditGoalCommand::EditGoalCommand(Session &session, Goal before, Goal after)
    : WriteCommand(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit goal “%1”").arg(m_after.title));
}

Result<void> EditGoalCommand::apply()
{
    return m_session.workspace().goals().update(m_before, m_after);
}

Result<void> EditGoalCommand::revert()
{
    return m_session.workspace().goals().update(m_after, m_before);
}

QString EditGoalCommand::doneMessage() const
{
    return tr("Saved goal “%1”").arg(m_after.title);
}

QString EditGoalCommand::undoneMessage() const
{
    return tr("Put goal “%1” back as it was").arg(m_before.title);
}

} // namespace ladder
