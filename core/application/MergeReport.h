// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ladder {

// How many rows of one kind a merge added, updated or left as they were.
struct MergeCounts
{
    int added = 0;
    int updated = 0;   // the other database's newer edit replaced this one's
    int unchanged = 0; // present here already, the same or newer
    bool operator==(const MergeCounts &) const = default;
};

// What `merge OTHER.db` did (or, with dry run, would do): docs/formats.md,
// "Merging databases".
struct MergeReport
{
    Q_DECLARE_TR_FUNCTIONS(MergeReport)

public:
    QString otherPath;
    bool dryRun = false;
    MergeCounts wins;
    MergeCounts goals; // with their milestones and skills
    MergeCounts ratings;
    MergeCounts frameworks;

    // True when the merge changed nothing here.
    bool changedNothing() const;
    // One line for a terminal or a dialog.
    QString describe() const;
};

} // namespace ladder
