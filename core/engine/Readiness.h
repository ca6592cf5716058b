// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/EvidenceSummary.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/Win.h"
#include "ReadinessReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// Promotion readiness for a target level over a review period: the rating in
// force at the period's end against the level's expectation, backed by the
// wins of the period (docs/readiness.md has the method and a worked example).
class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)

public:
    // Readiness for a level over a period, from the period's evidence as
    // WinStore::evidence counts it in SQL; each skill's evidence lists the
    // summary's wins for it. Error for an unknown level (LevelLookup::find)
    // or a period without a valid start and end, or ending before it starts.
    static Result<ReadinessReport> compute(const Framework &framework, const QList<Assessment> &assessments,
                                           const EvidenceSummary &evidence, const QList<Goal> &goals, const QString &levelSlug,
                                           const Period &period);

    // The status rules of docs/readiness.md, for one skill.
    static SkillStatus status(int rating, int expected, int evidenceCount);
};

} // namespace ladder
