#pragma once

#include "Win.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ladder {

// A review period's evidence as readiness reads it: for each skill, how many
// of the period's wins link it and which of them to show, and how many
// distinct wins are evidence for some skill of the framework. Made from a
// list of wins by Readiness::summarize (the engine's tests, the dashboard) or
// counted in SQL by WinStore::evidence, so that a report over a year of
// 9,000 wins reads the few it lists, not all of them (docs/performance.md).
struct EvidenceSummary
{
    QHash<QString, int> counts;         // skill slug -> wins of the period linking it
    QHash<QString, QList<Win>> listed;  // skill slug -> the wins to show, newest first
    int distinctWins = 0;               // wins linking at least one of the framework's skills
};

} // namespace ladder
