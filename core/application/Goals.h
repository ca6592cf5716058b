// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "domain/GoalFilter.h"
#include "domain/Milestone.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ladder {

class Stores;

// Goals and their milestones: every user-level operation on them, for both
// front ends. Each write is one transaction; nothing here throws.
class Goals
{
    Q_DECLARE_TR_FUNCTIONS(Goals)

public:
    explicit Goals(Stores &stores);

    // Adds a new goal (fresh UUID) and returns it as stored.
    Result<Goal> add(const Goal &goal);
    // Puts a removed goal back with its UUID, id and milestones, and links
    // it again to those of `linkedWinIds` that still exist, all or none (the
    // undo of a removal, the redo of an add).
    Result<Goal> restore(const Goal &goal, const QList<qint64> &linkedWinIds = {});
    Result<Goal> get(qint64 id);
    // Open goals by due date (none last), then the others; GoalStore::list.
    Result<QList<Goal>> list(const GoalFilter &filter = {});
    // Saves `after` over the goal as `before` was read, keeping what another
    // program changed meanwhile (GoalStore::update).
    Result<void> update(const Goal &before, const Goal &after);
    // Open again, or done/dropped on `on`; `from` is the status the caller
    // saw, so that an undo never takes back a later change.
    Result<void> setStatus(qint64 id, GoalStatus status, const QDate &on, std::optional<GoalStatus> from = std::nullopt);
    // Removes the goal and its milestones; wins linked to it are kept, unlinked.
    Result<void> remove(qint64 id);
    // The number of wins linked to the goal.
    Result<qint64> linkedWinCount(qint64 id);

    // Appends a milestone (with `uuid` when it is put back) and returns it
    // as stored, with its 1-based position.
    Result<Milestone> addMilestone(qint64 goalId, const QString &text, const QDate &due, const QString &uuid = {});
    // Deletes milestone N; the ones after it move up one position.
    Result<void> removeMilestone(qint64 goalId, int position);
    // Marks milestone N done on `on`, or open again when `on` is null.
    Result<void> setMilestoneDone(qint64 goalId, int position, const QDate &on);

private:
    Stores &m_stores;
};

} // namespace ladder
