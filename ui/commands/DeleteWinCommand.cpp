// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteWinCommand.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

DeleteWinCommand::DeleteWinCommand(Session &session, QList<Win> wins)
    : WriteCommand(session)
    , m_wins(std::move(wins))
{
    if (m_wins.size() == 1)
        setText(tr("Delete win “%1”").arg(m_wins.first().title));
    else
        setText(tr("Delete %1 wins").arg(m_wins.size()));
}

Result<void> DeleteWinCommand::apply()
{
    QList<qint64> ids;
    ids.reserve(m_wins.size());
    for (const Win &win : std::as_const(m_wins))
        ids << win.id;
    return m_session.workspace().journal().remove(ids);
}

Result<void> DeleteWinCommand::revert()
{
    Result<QList<Win>> restored = m_session.workspace().journal().restore(m_wins);
    if (!restored)
        return restored.error();
    // The same ids unless another program took one meanwhile.
    m_wins = *restored;
    return {};
}

QString DeleteWinCommand::doneMessage() const
{
    return m_wins.size() == 1 ? tr("Deleted win %1 — Ctrl+Z brings it back").arg(m_wins.first().id)
                              : tr("Deleted %n wins — Ctrl+Z brings them back", nullptr, int(m_wins.size()));
}

QString DeleteWinCommand::undoneMessage() const
{
    return m_wins.size() == 1 ? tr("Brought back win %1").arg(m_wins.first().id) : tr("Brought back %n wins", nullptr, int(m_wins.size()));
}

} // namespace ladder
