// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Milestone.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

enum class GoalStatus { Open, Done, Dropped };

struct Goal
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString note;
    GoalStatus status = GoalStatus::Open;
    QDate createdOn;
    QDate due;      // null when none
    QDate closedOn; // when done or dropped
    QStringList skillSlugs;
    QList<Milestone> milestones;
    // When the goal or one of its milestones last changed (UTC); null for a
    // goal from before schema version 4, which a merge takes as the oldest.
    QDateTime updatedAt;

    // Share of milestones done, 0.0-1.0; a done goal is 1.0 whatever its milestones.
    double progress() const
    {
        if (status == GoalStatus::Done)
            return 1.0;
        if (milestones.isEmpty())
            return 0.0;
        int done = 0;
        for (const Milestone &m : milestones)
            done += m.isDone() ? 1 : 0;
        return double(done) / double(milestones.size());
    }
    bool isOverdue(const QDate &today) const { return status == GoalStatus::Open && due.isValid() && due < today; }
};

QString goalStatusKey(GoalStatus status); // "open", "done", "dropped"
bool goalStatusFromKey(const QString &key, GoalStatus *status);

} // namespace ladder
