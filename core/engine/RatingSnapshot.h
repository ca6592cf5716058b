// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/ProficiencyScale.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ladder {

// The user's rating of every skill as it stood on one day: for each skill, the
// assessment with the latest date on or before `asOf`. Assessments may come in
// any order; two on the same date are told apart by id, the higher (newer row)
// winning, so the answer never depends on the order of the input list.
// A null `asOf` means "no cut-off": the latest assessment of all.
// Assessments without a valid date are ignored (they cannot be placed in time).
class RatingSnapshot
{
public:
    // Ratings are kept per skill slug whatever framework gave them; `scale` is
    // the scale of the framework they are read against.
    RatingSnapshot(const QList<Assessment> &assessments, const QDate &asOf, const ProficiencyScale &scale);

    const QDate &asOf() const { return m_asOf; }
    bool isRated(const QString &skillSlug) const;
    // The assessment in force, or nullptr when the skill was never rated by then.
    const Assessment *latest(const QString &skillSlug) const;
    // The rating in force clamped to the scale, or 0 when unrated: a 5 given
    // in a 0-5 framework counts as 4 in a 0-4 one.
    int rating(const QString &skillSlug) const;

private:
    QDate m_asOf;
    ProficiencyScale m_scale;
    QHash<QString, Assessment> m_latest;
};

} // namespace ladder
