// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// Finding levels and what they expect, with the error every engine entry point
// gives for a level the framework does not have.
class LevelLookup
{
    Q_DECLARE_TR_FUNCTIONS(LevelLookup)

public:
    // The level, or Error "unknown level 'staff' (levels: junior, mid-level,
    // senior, architect)" listing the framework's levels by rank.
    static Result<Level> find(const Framework &framework, const QString &levelSlug);
    // The framework's levels by rank (ties by slug), whatever order they came in.
    static QList<Level> byRank(const Framework &framework);
    // What `levelSlug` expects of `skill`, clamped to the scale; 0 when the
    // skill has no expectation for that level or does not apply there.
    // Clamping keeps the score arithmetic exact (docs/readiness.md) even for a
    // framework file edited by hand.
    static int expected(const Skill &skill, const QString &levelSlug, const ProficiencyScale &scale);
    // True when the level asks something of the skill: it applies there and
    // expects more than 0. Only such skills count for a level, in readiness,
    // the gap and `level list` alike.
    static bool counts(const Skill &skill, const QString &levelSlug, const ProficiencyScale &scale);
    // The level a review measures against when none is named: the one above
    // `currentLevelSlug` by rank, the current one itself at the top (there is
    // nothing above), the lowest when the current level is unset or unknown.
    // The dashboard, the Readiness view and `ladder-cli readiness|gap` all
    // default to it. Error when the framework has no levels.
    static Result<QString> defaultTarget(const Framework &framework, const QString &currentLevelSlug);
};

} // namespace ladder
