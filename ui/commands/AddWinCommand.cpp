#include "AddWinCommand.h"

#include "Session.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

AddWinCommand::AddWinCommand(Session &session, Win win)
    : WriteCommand(session)
    , m_win(std::move(win))
{
    setText(QCoreApplication::translate("AddWinCommand", "Add win “%1”").arg(m_win.title));
}

Result<void> AddWinCommand::apply()
{
    WinStore &wins = m_session.workspace().wins();
    Result<qint64> id = wins.add(m_win, isReapply());
    if (!id)
        return id.error();
    // Read back what was stored (UUID, timestamps, normalized tags) so that a
    // later redo recreates exactly this row.
    Result<Win> stored = wins.get(*id);
    if (!stored)
        return stored.error();
    m_win = *stored;
    return {};
}

Result<void> AddWinCommand::revert()
{
    return m_session.workspace().wins().remove(m_win.id);
}

} // namespace ladder
