#include "DeleteWinCommand.h"

#include "Session.h"
#include "application/Workspace.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace ladder {

DeleteWinCommand::DeleteWinCommand(Session &session, QList<Win> wins)
    : WriteCommand(session)
    , m_wins(std::move(wins))
{
    if (m_wins.size() == 1)
        setText(QCoreApplication::translate("DeleteWinCommand", "Delete win “%1”").arg(m_wins.first().title));
    else
        setText(QCoreApplication::translate("DeleteWinCommand", "Delete %1 wins").arg(m_wins.size()));
}

Result<void> DeleteWinCommand::apply()
{
    Workspace &ws = m_session.workspace();
    return guarded([&]() -> Result<void> {
        // All or none: a half-done multiple delete could not be undone cleanly.
        Transaction transaction(ws.database());
        for (const Win &win : std::as_const(m_wins)) {
            if (auto removed = ws.wins().remove(win.id); !removed)
                return removed;
        }
        transaction.commit();
        return {};
    });
}

Result<void> DeleteWinCommand::revert()
{
    Workspace &ws = m_session.workspace();
    return guarded([&]() -> Result<void> {
        Transaction transaction(ws.database());
        for (Win &win : m_wins) {
            Result<qint64> id = ws.wins().add(win, true);
            if (!id)
                return id.error();
            win.id = *id;  // the same id unless another program took it meanwhile
        }
        transaction.commit();
        return {};
    });
}

} // namespace ladder
