// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalListModel.h"

#include "DisplayDate.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "Session.h"
#include "StatusColors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace ladder {

GoalListModel::GoalListModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

QString GoalListModel::statusWord(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open: return tr("open");
    case GoalStatus::Done: return tr("done");
    case GoalStatus::Dropped: return tr("dropped");
    }
    return {};
}

void GoalListModel::reload()
{
    QList<Goal> goals;
    if (m_session->isOpen()) {
        GoalFilter filter;
        filter.status = m_status;
        if (Result<QList<Goal>> listed = m_session->workspace().goals().list(filter))
            goals = *listed;
    }
    bool sameRows = goals.size() == m_goals.size();
    for (qsizetype i = 0; sameRows && i < goals.size(); ++i)
        sameRows = goals.at(i).id == m_goals.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_goals = goals;
        endResetModel();
        return;
    }
    m_goals = goals;
    if (!m_goals.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_goals.size()) - 1, ColumnCount - 1));
}

void GoalListModel::setStatusFilter(std::optional<GoalStatus> status)
{
    m_status = status;
    reload();
}

const Goal *GoalListModel::goalAt(int row) const
{
    return row >= 0 && row < m_goals.size() ? &m_goals.at(row) : nullptr;
}

int GoalListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_goals.size(); ++row) {
        if (m_goals.at(row).id == id)
            return row;
    }
    return -1;
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    const Goal *goal = goalAt(index.row());
    if (!goal)
        return {};
    const bool overdue = goal->isOverdue(m_session->today());
    switch (role) {
    case IdRole: return goal->id;
    case ProgressRole: return goal->progress();
    case OverdueRole: return overdue;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue)
            return StatusColors::bad(QApplication::palette());
        if (goal->status != GoalStatus::Open)
            return StatusColors::subtle(QApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && overdue) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn: return goal->title;
        case StatusColumn: return statusWord(goal->status);
        case DueColumn:
            if (!goal->due.isValid())
                return role == Qt::AccessibleTextRole ? tr("no due date") : QString();
            return overdue ? tr("%1 (overdue)").arg(DisplayDate::text(goal->due)) : DisplayDate::text(goal->due);
        case ProgressColumn: {
            int done = 0;
            for (const Milestone &m : goal->milestones)
                done += m.isDone() ? 1 : 0;
            const int percent = int(goal->progress() * 100.0 + 0.5);
            if (goal->milestones.isEmpty())
                return tr("%1%").arg(percent);
            return tr("%1% (%2 of %3)").arg(percent).arg(done).arg(goal->milestones.size());
        }
        case SkillsColumn: {
            QStringList names;
            for (const QString &slug : goal->skillSlugs)
                names << m_session->skillName(slug);
            return names.join(QStringLiteral(", "));
        }
        default: return {};
        }
    default: return {};
    }
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Goal");
    case StatusColumn: return tr("Status");
    case DueColumn: return tr("Due");
    case ProgressColumn: return tr("Progress");
    case SkillsColumn: return tr("Skills");
    default: return {};
    }
}

} // namespace ladder
