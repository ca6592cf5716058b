// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ladder {

struct Milestone
{
    qint64 id = 0;
    QString uuid;
    int position = 0; // 1-based, the N of `goal milestone done ID N`
    QString text;
    QDate due;    // null when none
    QDate doneOn; // null while open
    bool isDone() const { return doneOn.isValid(); }
};

} // namespace ladder
