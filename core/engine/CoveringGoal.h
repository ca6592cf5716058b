// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ladder {

// An open goal that works on a skill: what the user already plans to do about a gap.
struct CoveringGoal
{
    qint64 id = 0;
    QString title;
    QDate due;             // null when none
    double progress = 0.0; // Goal::progress(), 0.0-1.0
};

} // namespace ladder
