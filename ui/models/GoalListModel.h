// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace ladder {

class Session;

// Goals with status, due date (overdue ones flagged in text and color),
// progress from milestones and linked skills: open goals first, then by due
// date (Goals::list's order).
class GoalListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, DueColumn, ProgressColumn, SkillsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ProgressRole, OverdueRole };

    explicit GoalListModel(Session *session, QObject *parent = nullptr);

    // Re-reads the goals; when the same goals come back in the same order the
    // rows stay and only their data changes (the selection survives).
    void reload();
    void setStatusFilter(std::optional<GoalStatus> status);

    const Goal *goalAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusWord(GoalStatus status);

private:
    Session *m_session;
    std::optional<GoalStatus> m_status;
    QList<Goal> m_goals;
};

} // namespace ladder
