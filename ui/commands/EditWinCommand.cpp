// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditWinCommand.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

EditWinCommand::EditWinCommand(Session &session, Win before, Win after)
    : WriteCommand(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before.starred != m_after.starred && m_before.title == m_after.title)
        setText(m_after.starred ? tr("Star “%1”").arg(m_after.title) : tr("Unstar “%1”").arg(m_after.title));
    else
        setText(tr("Edit win “%1”").arg(m_after.title));
}

Result<void> EditWinCommand::apply()
{
    return m_session.workspace().journal().update(m_before, m_after);
}

Result<void> EditWinCommand::revert()
{
    return m_session.workspace().journal().update(m_after, m_before);
}

} // namespace ladder
