// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Win.h"

#include <QList>

#include <algorithm>

namespace ladder {

// The order wins are shown in everywhere (journal, search, evidence, reports):
// newest date first, then the later logged (higher id), so that wins of one
// day never depend on how they were read. core/storage sorts the same way in
// SQL (WinStore's NewestFirst) and tests check the two agree.
struct WinOrder
{
    static bool newestFirst(const Win &a, const Win &b)
    {
        if (a.date != b.date)
            return a.date > b.date;
        return a.id > b.id;
    }
    // The brag document's: starred first, then newest.
    static bool starredThenNewest(const Win &a, const Win &b)
    {
        if (a.starred != b.starred)
            return a.starred;
        return newestFirst(a, b);
    }
    // A win's weight as evidence in a review, the one rule behind every
    // "strongest wins" (the readiness summary's and the evidence WinStore
    // lists): starred first, then those that say their impact, then newest.
    static bool strongestFirst(const Win &a, const Win &b)
    {
        if (a.starred != b.starred)
            return a.starred;
        const bool aImpact = hasImpact(a);
        if (aImpact != hasImpact(b))
            return aImpact;
        return newestFirst(a, b);
    }
    // The `count` strongest of `wins` (all of them for a negative count),
    // strongest first.
    static QList<Win> strongest(QList<Win> wins, qsizetype count)
    {
        const qsizetype kept = count < 0 ? wins.size() : std::min(count, wins.size());
        std::partial_sort(wins.begin(), wins.begin() + kept, wins.end(), strongestFirst);
        wins.resize(kept);
        return wins;
    }
    static bool hasImpact(const Win &win) { return !win.impact.trimmed().isEmpty(); }
};

} // namespace ladder
