// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// Where one skill stands against a target level in a review period
// (docs/readiness.md "Per-skill status"). The statuses are exclusive.
enum class SkillStatus {
    // Rating >= expected and at least one win links the skill inside the period.
    Met,
    // Rating >= expected but no win backs it in the period: a claim, not yet met.
    Claimed,
    // Rating < expected (an unrated skill counts as 0).
    Gap,
    // The level expects 0: nothing to show, left out of every average.
    NotExpected,
    // The level says the skill does not apply there (a manager track does not
    // carry the pager): shown as "n/a", left out of every average.
    NotApplicable,
};

// Stable machine keys for JSON and exports: "met", "claimed", "gap",
// "not-expected", "not-applicable". Reports translate the words themselves.
QString skillStatusKey(SkillStatus status);
bool skillStatusFromKey(const QString &key, SkillStatus *status);

} // namespace ladder
