// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Win.h"

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
    // The brag document's and the evidence picks': starred first, then newest.
    static bool starredThenNewest(const Win &a, const Win &b)
    {
        if (a.starred != b.starred)
            return a.starred;
        return newestFirst(a, b);
    }
};

} // namespace ladder
