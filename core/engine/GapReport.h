// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProficiencyScale.h"
#include "SkillGap.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ladder {

// Every skill of a framework against one level (GapAnalysis::compute).
struct GapReport
{
    QString levelSlug;
    QString levelName;
    QDate asOf;                 // the cut-off for ratings; null = latest of all
    ProficiencyScale scale;     // the framework's, for every number below
    QList<SkillGap> skills;     // every skill, in foundational order (SkillOrder)
    int totalGap = 0;           // sum of gap
    int gapCount = 0;           // skills with gap > 0
    int expectedSkillCount = 0; // skills the level asks something of (LevelLookup::counts)
    int notApplicableCount = 0; // skills the level says do not apply
    int unratedCount = 0;
    int uncoveredCount = 0; // skills with gap > 0 that no open goal covers

    const SkillGap *skill(const QString &slug) const
    {
        for (const SkillGap &g : skills) {
            if (g.skillSlug == slug)
                return &g;
        }
        return nullptr;
    }
};

} // namespace ladder
