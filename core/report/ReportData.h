// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Period.h"
#include "domain/Win.h"

#include <QList>
#include <QString>

namespace ladder {

// Everything the reports read, loaded once as plain values (Review::standing)
// so that the models (and their tests) never touch the database.
struct ReportData
{
    Framework framework;           // the active one
    QList<Assessment> assessments; // all of them (ratings are read as of a day)
    QList<Win> wins;               // the brag document's: the period's, newest first, without body or UUID
    QList<Goal> goals;             // every goal, any status
    QString currentLevelSlug;      // Ratings::currentLevel()
    QString targetLevelSlug;       // Ratings::targetLevel(): the level measured against when none is named
    QString userName;              // the settings' user-name; empty when unset
};

} // namespace ladder
