// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "MergeReport.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

class Stores;

// Brings another Ladder database into this one (docs/formats.md, "Merging
// databases"): wins, ratings, goals with their milestones, and frameworks,
// matched by UUID, the newer edit winning. The other file is read through
// SQLite alone, read-only and in one read transaction (a consistent snapshot
// even while another process writes to it); it is never copied, written or
// upgraded.
class Merge
{
    Q_DECLARE_TR_FUNCTIONS(Merge)

public:
    explicit Merge(Stores &stores);

    // Everything in one transaction on this database; with dryRun the work is
    // done and rolled back, so the report is exact. Refuses this database
    // itself (by any path), a file that is not a Ladder database, and one of
    // another schema version than this Ladder's.
    Result<MergeReport> mergeFrom(const QString &otherPath, bool dryRun);

private:
    Stores &m_stores;
};

} // namespace ladder
