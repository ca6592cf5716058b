// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalChecklist.h"

namespace ladder {

GoalChecklist::GoalChecklist(QWidget *parent)
    : QListWidget(parent)
{
    setUniformItemSizes(true);
}

void GoalChecklist::setGoals(const QList<Goal> &goals, const QList<qint64> &checked)
{
    clear();
    for (const Goal &goal : goals) {
        if (goal.status != GoalStatus::Open && !checked.contains(goal.id))
            continue;
        auto *item = new QListWidgetItem(goal.title, this);
        item->setData(Qt::UserRole, goal.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(goal.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (count() == 0) {
        auto *item = new QListWidgetItem(tr("No open goals yet"), this);
        item->setFlags(Qt::NoItemFlags);
    }
}

QList<qint64> GoalChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *it = item(row);
        if (it->checkState() == Qt::Checked)
            ids << it->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void GoalChecklist::setChecked(qint64 goalId, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (it->data(Qt::UserRole).toLongLong() == goalId)
            it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QSize GoalChecklist::sizeHint() const
{
    // About four rows: enough to pick from without crowding the dialog.
    const int row = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
    return QSize(QListWidget::sizeHint().width(), row * 4 + 2 * frameWidth());
}

} // namespace ladder
