// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingSnapshot.h"

namespace ladder {

RatingSnapshot::RatingSnapshot(const QList<Assessment> &assessments, const QDate &asOf, const ProficiencyScale &scale)
    : m_asOf(asOf)
    , m_scale(scale)
{
    for (const Assessment &a : assessments) {
        if (!a.date.isValid())
            continue;
        if (m_asOf.isValid() && a.date > m_asOf)
            continue;
        const auto it = m_latest.constFind(a.skillSlug);
        if (it == m_latest.cend()) {
            m_latest.insert(a.skillSlug, a);
            continue;
        }
        const bool newer = a.date > it->date || (a.date == it->date && a.id > it->id);
        if (newer)
            m_latest.insert(a.skillSlug, a);
    }
}

bool RatingSnapshot::isRated(const QString &skillSlug) const
{
    return m_latest.contains(skillSlug);
}

const Assessment *RatingSnapshot::latest(const QString &skillSlug) const
{
    const auto it = m_latest.constFind(skillSlug);
    return it == m_latest.cend() ? nullptr : &*it;
}

int RatingSnapshot::rating(const QString &skillSlug) const
{
    const Assessment *a = latest(skillSlug);
    // Storage validates ratings against the scale they were given on; clamping
    // keeps the arithmetic in range when another framework's scale is in use.
    return a ? m_scale.clamp(a->rating) : 0;
}

} // namespace ladder
