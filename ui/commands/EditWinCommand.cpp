// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditWinCommand.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

EditWinCommand::EditWinCommand(Session &session, Win before, Win after, QUndoCommand *parent)
    : WriteCommand(session, parent)
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

bool EditWinCommand::onlyStar() const
{
    return m_before.starred != m_after.starred && m_before.title == m_after.title && m_before.date == m_after.date
        && m_before.impact == m_after.impact && m_before.body == m_after.body;
}

QString EditWinCommand::doneMessage() const
{
    if (onlyStar())
        return m_after.starred ? tr("Starred win %1").arg(m_after.id) : tr("Unstarred win %1").arg(m_after.id);
    return tr("Saved win %1").arg(m_after.id);
}

QString EditWinCommand::undoneMessage() const
{
    if (onlyStar())
        return m_before.starred ? tr("Starred win %1").arg(m_before.id) : tr("Unstarred win %1").arg(m_before.id);
    return tr("Put win %1 back as it was").arg(m_before.id);
}

} // namespace ladder
