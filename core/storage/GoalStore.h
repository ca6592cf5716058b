// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Goal.h"
#include "domain/GoalFilter.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ladder {

class Database;

// Goals with their milestones and linked skills.
class GoalStore
{
    Q_DECLARE_TR_FUNCTIONS(GoalStore)

public:
    explicit GoalStore(Database &db);

    // Checks title, skills (active framework) and dates (due not before creation).
    // Every change of a goal or its milestones sets its updated_at (a merge
    // keeps the newer edit); `keepIdentity` (an import, a merge, an undo)
    // keeps the goal's UUIDs and Goal::updatedAt instead.
    Result<qint64> add(Goal goal, bool keepIdentity = false);
    // An edit of title, note, due date and skills (milestones and status have
    // their own calls): writes the fields in which `after` differs from
    // `before` (the copy the user started from) onto the goal as it is now,
    // in one transaction; skills linked or unlinked are merged onto the
    // current links. A field the user changed that was also changed
    // elsewhere meanwhile to another value is a conflict: nothing is written
    // and the error names the fields. Skills linked before may be of another
    // framework (kept across a switch); newly linked ones must be of the
    // active framework. An undo is the same call with the copies swapped.
    Result<void> update(const Goal &before, const Goal &after);
    // Open again, or done/dropped on `on` (which may not be before the goal was created).
    // `from`, when given, is the status the caller saw: if another process has
    // changed it since (to anything but `status`), nothing is changed and the
    // error says so, so that a GUI undo never takes back a later change.
    Result<void> setStatus(qint64 id, GoalStatus status, const QDate &on, std::optional<GoalStatus> from = std::nullopt);
    Result<void> remove(qint64 id);
    // Overwrites goal `goal.id` with `goal` whole: fields, updated_at, skills
    // and milestones (a merge taking the other database's newer edit). Nothing
    // is checked against this database's framework: the goal was valid where
    // it was made.
    Result<void> replace(const Goal &goal);
    Result<Goal> get(qint64 id);
    Result<QList<Goal>> list(const GoalFilter &filter = {});

    // Appends a milestone; returns its 1-based position N.
    Result<int> addMilestone(qint64 goalId, const QString &text, const QDate &due, const QDate &doneOn = {}, const QString &uuid = {});
    // Deletes milestone N; the ones after it move up one position, so that
    // positions stay 1..count (the GUI's undo of "add milestone").
    Result<void> removeMilestone(qint64 goalId, int position);
    // Marks milestone N done on `on` (not before the goal was created), or open
    // again when `on` is null.
    Result<void> setMilestoneDone(qint64 goalId, int position, const QDate &on);

private:
    // Skills must be of the active framework, except those in `linkedBefore`.
    Result<void> validate(Goal &goal, const QStringList &linkedBefore = {});
    void loadDetails(Goal &goal);

    Database &m_db;
};

} // namespace ladder
