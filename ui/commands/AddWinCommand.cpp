// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddWinCommand.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

AddWinCommand::AddWinCommand(Session &session, Win win)
    : WriteCommand(session)
    , m_win(std::move(win))
{
    setText(tr("Add win “%1”").arg(m_win.title));
}

Result<void> AddWinCommand::apply()
{
    Journal &journal = m_session.workspace().journal();
    // Keep what was stored (UUID, timestamps, normalized tags) so that a
    // later redo puts back exactly this row.
    if (isReapply()) {
        Result<QList<Win>> restored = journal.restore({m_win});
        if (!restored)
            return restored.error();
        m_win = restored->first();
        return {};
    }
    Result<Win> added = journal.add(m_win);
    if (!added)
        return added.error();
    m_win = *added;
    return {};
}

Result<void> AddWinCommand::revert()
{
    return m_session.workspace().journal().remove({m_win.id});
}

QString AddWinCommand::doneMessage() const
{
    return tr("Logged win %1 — Ctrl+Z takes it out again").arg(m_win.id);
}

QString AddWinCommand::undoneMessage() const
{
    return tr("Took out win %1").arg(m_win.id);
}

} // namespace ladder
