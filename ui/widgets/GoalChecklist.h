// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"

#include <QListWidget>

namespace ladder {

// The goals a win can be linked to, one checkbox each: open goals, plus any
// closed goal the win is already linked to (so editing does not drop it).
class GoalChecklist : public QListWidget
{
    Q_OBJECT
    // The field's value, as a line edit's text is: what an editor dialog
    // compares to tell whether the user changed anything.
    Q_PROPERTY(QList<qint64> checkedIds READ checkedIds USER true)

public:
    explicit GoalChecklist(QWidget *parent = nullptr);

    void setGoals(const QList<Goal> &goals, const QList<qint64> &checked = {});
    QList<qint64> checkedIds() const;
    void setChecked(qint64 goalId, bool checked);

    QSize sizeHint() const override;
};

} // namespace ladder
