// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeReport.h"

namespace ladder {

bool MergeReport::changedNothing() const
{
    for (const MergeCounts *counts : {&wins, &goals, &ratings, &frameworks}) {
        if (counts->added != 0 || counts->updated != 0)
            return false;
    }
    return true;
}

QString MergeReport::describe() const
{
    // Ratings are never edited and frameworks carry no time of change, so
    // neither is ever "updated".
    return tr("%1 %2: wins %3 added, %4 updated, %5 unchanged; goals %6 added, %7 updated, %8 unchanged; "
              "ratings %9 added, %10 unchanged; frameworks %11 added, %12 unchanged.")
        .arg(dryRun ? tr("Would merge") : tr("Merged"), otherPath)
        .arg(wins.added)
        .arg(wins.updated)
        .arg(wins.unchanged)
        .arg(goals.added)
        .arg(goals.updated)
        .arg(goals.unchanged)
        .arg(ratings.added)
        .arg(ratings.unchanged)
        .arg(frameworks.added)
        .arg(frameworks.unchanged);
}

} // namespace ladder
