// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The evidence of a list of wins, worked out in C++ the plain way: the oracle
// against which WinStore::evidence (which counts it in SQL, the one path the
// application uses) is tested, and a short way for engine and report tests to
// turn a few hand-made wins into the EvidenceSummary the engine reads.

#include "domain/EvidenceSummary.h"
#include "domain/Framework.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/Win.h"
#include "domain/WinOrder.h"
#include "engine/Readiness.h"

#include <QList>
#include <QSet>

#include <algorithm>

namespace ladder::fixtures {

inline QList<Win> winsInPeriod(const QList<Win> &wins, const Period &period)
{
    const auto inPeriod = [&](const Win &win) { return win.date.isValid() && period.contains(win.date); };
    QList<Win> result;
    result.reserve(std::count_if(wins.begin(), wins.end(), inPeriod));
    for (const Win &win : wins) {
        if (inPeriod(win))
            result.append(win);
    }
    std::stable_sort(result.begin(), result.end(), WinOrder::newestFirst);
    return result;
}

inline QList<Win> linking(const QList<Win> &sortedWins, const QString &skillSlug)
{
    const auto links = [&](const Win &win) { return win.skillSlugs.contains(skillSlug); };
    QList<Win> result;
    result.reserve(std::count_if(sortedWins.begin(), sortedWins.end(), links));
    for (const Win &win : sortedWins) {
        if (links(win))
            result.append(win);
    }
    return result;
}

// For each skill of `framework`, the wins of `period` linking it, newest
// first, every one listed.
inline EvidenceSummary summarize(const Framework &framework, const QList<Win> &wins, const Period &period)
{
    EvidenceSummary summary;
    const QList<Win> periodWins = winsInPeriod(wins, period);
    QSet<qint64> evidenceWinIds;
    for (const Skill &skill : framework.skills) {
        QList<Win> linked = linking(periodWins, skill.slug);
        for (const Win &win : std::as_const(linked))
            evidenceWinIds.insert(win.id);
        summary.counts.insert(skill.slug, int(linked.size()));
        summary.listed.insert(skill.slug, std::move(linked));
    }
    summary.distinctWins = int(evidenceWinIds.size());
    return summary;
}

// Readiness::compute over the evidence of hand-made wins.
inline Result<ReadinessReport> readinessFromWins(const Framework &framework, const QList<Assessment> &assessments, const QList<Win> &wins,
                                                 const QList<Goal> &goals, const QString &levelSlug, const Period &period)
{
    return Readiness::compute(framework, assessments, summarize(framework, wins, period), goals, levelSlug, period);
}

} // namespace ladder::fixtures
