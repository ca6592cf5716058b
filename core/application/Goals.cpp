// SPDX-License-Identifier: GPL-3.0-or-later
#include "Goals.h"

#include "domain/WinFilter.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

namespace ladder {

Goals::Goals(Stores &stores)
    : m_stores(stores)
{
}

Result<Goal> Goals::add(const Goal &goal)
{
    Result<qint64> id = m_stores.goals().add(goal);
    if (!id)
        return id.error();
    return m_stores.goals().get(*id);
}

Result<Goal> Goals::restore(const Goal &goal, const QList<qint64> &linkedWinIds)
{
    return guarded([&]() -> Result<Goal> {
        Transaction transaction(m_stores.database());
        Result<qint64> id = m_stores.goals().add(goal, true);
        if (!id)
            return id.error();
        for (qint64 winId : linkedWinIds) {
            Result<Win> win = m_stores.wins().get(winId);
            if (!win)
                continue; // removed meanwhile: nothing to link
            Win linked = *win;
            linked.goalIds << *id;
            if (auto updated = m_stores.wins().update(*win, linked); !updated)
                return updated.error();
        }
        Result<Goal> stored = m_stores.goals().get(*id);
        if (!stored)
            return stored;
        transaction.commit();
        return stored;
    });
}

Result<Goal> Goals::get(qint64 id)
{
    return m_stores.goals().get(id);
}

Result<QList<Goal>> Goals::list(const GoalFilter &filter)
{
    return m_stores.goals().list(filter);
}

Result<void> Goals::update(const Goal &before, const Goal &after)
{
    return m_stores.goals().update(before, after);
}

Result<void> Goals::setStatus(qint64 id, GoalStatus status, const QDate &on, std::optional<GoalStatus> from)
{
    return m_stores.goals().setStatus(id, status, on, from);
}

Result<void> Goals::remove(qint64 id)
{
    return m_stores.goals().remove(id);
}

Result<qint64> Goals::linkedWinCount(qint64 id)
{
    WinFilter linked;
    linked.goalId = id;
    return m_stores.wins().count(linked);
}

Result<Milestone> Goals::addMilestone(qint64 goalId, const QString &text, const QDate &due, const QString &uuid)
{
    return guarded([&]() -> Result<Milestone> {
        Transaction transaction(m_stores.database());
        Result<int> position = m_stores.goals().addMilestone(goalId, text, due, QDate(), uuid);
        if (!position)
            return position.error();
        Result<Goal> goal = m_stores.goals().get(goalId);
        if (!goal)
            return goal.error();
        if (*position < 1 || *position > goal->milestones.size())
            return Error(tr("milestone %1 of goal %2 was not stored").arg(*position).arg(goalId));
        transaction.commit();
        return goal->milestones.at(*position - 1);
    });
}

Result<void> Goals::removeMilestone(qint64 goalId, int position)
{
    return m_stores.goals().removeMilestone(goalId, position);
}

Result<void> Goals::setMilestoneDone(qint64 goalId, int position, const QDate &on)
{
    return m_stores.goals().setMilestoneDone(goalId, position, on);
}

} // namespace ladder
