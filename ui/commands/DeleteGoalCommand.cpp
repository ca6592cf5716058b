#include "DeleteGoalCommand.h"

#include "Session.h"
#include "application/Workspace.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace ladder {

DeleteGoalCommand::DeleteGoalCommand(Session &session, Goal goal, QList<qint64> linkedWinIds)
    : WriteCommand(session)
    , m_goal(std::move(goal))
    , m_winIds(std::move(linkedWinIds))
{
    setText(QCoreApplication::translate("DeleteGoalCommand", "Delete goal “%1”").arg(m_goal.title));
}

Result<void> DeleteGoalCommand::apply()
{
    return m_session.workspace().goals().remove(m_goal.id);
}

Result<void> DeleteGoalCommand::revert()
{
    Workspace &ws = m_session.workspace();
    return guarded([&]() -> Result<void> {
        Transaction transaction(ws.database());
        Result<qint64> id = ws.goals().add(m_goal, true);
        if (!id)
            return id.error();
        m_goal.id = *id;
        for (qint64 winId : std::as_const(m_winIds)) {
            Result<Win> win = ws.wins().get(winId);
            if (!win)
                continue;  // deleted meanwhile: nothing to link
            Win linked = *win;
            linked.goalIds << m_goal.id;
            if (auto updated = ws.wins().update(*win, linked); !updated)
                return updated;
        }
        transaction.commit();
        return {};
    });
}

} // namespace ladder
