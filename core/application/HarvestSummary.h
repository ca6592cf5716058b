// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace ladder {

// What Harvest::save did: the wins it added (their ids, for an undo) and
// the commits it recorded as harvested.
struct HarvestSummary
{
    int winsAdded = 0;
    int commits = 0;
    QList<qint64> winIds;
    QStringList shas;
};

} // namespace ladder
