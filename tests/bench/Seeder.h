// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace ladder {

class Workspace;

// Makes the databases of examples, screenshots and benchmarks (ladder-seed and
// ladder_benchmarks). Test tooling only: not part of any production target.
class Seeder
{
public:
    // A year of one mid-level engineer's data: quarterly ratings, five goals
    // with milestones, about two wins a week. Always the same for one `today`.
    static Result<QString> example(Workspace &workspace, const QDate &today);

    // `wins` realistic wins for benchmarks, at most ~25 a day over as many
    // years as that takes (at least one), ending on `today`; with quarterly
    // ratings of every skill over the last three years and the example's five
    // goals, so that readiness and reports have data. Wins come in date order,
    // as a journal kept day by day does, a tenth of them backdated by up to
    // two weeks. Written in batches of 10,000 through WinStore::addMany.
    // Returns a one-line summary.
    static Result<QString> bulk(Workspace &workspace, qint64 wins, quint32 seed, const QDate &today);
};

} // namespace ladder
