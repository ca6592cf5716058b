// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Win.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ladder {

// A review period's evidence as readiness reads it: for each skill, how many
// of the period's wins link it and which of them to show, and how many
// distinct wins are evidence for some skill of the framework. Counted in SQL
// by WinStore::evidence, the one path every front end takes (Review), so that
// a report over a year of wins reads the few it lists, not all of them
// (docs/performance.md).
struct EvidenceSummary
{
    QHash<QString, int> counts;        // skill slug -> wins of the period linking it
    QHash<QString, QList<Win>> listed; // skill slug -> the strongest wins (WinOrder::strongest), newest first
    int distinctWins = 0;              // wins linking at least one of the framework's skills
};

} // namespace ladder
