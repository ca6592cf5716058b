#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/Win.h"

#include <QList>
#include <QString>

namespace ladder {

class Workspace;

// Everything the reports read, loaded once as plain values so that the models
// (and their tests) never touch the database.
struct ReportData
{
    Framework framework;           // the active one
    QList<Assessment> assessments; // all of them (ratings are read as of a day)
    QList<Win> wins;               // the wins of the period only, newest first, without body or UUID (none for load(workspace))
    QList<Goal> goals;             // every goal, any status
    QString currentLevelSlug;      // Workspace::currentLevel()
    QString userName;              // the settings' user-name; empty when unset

    // Loads from an open workspace; `period` bounds the wins.
    static Result<ReportData> load(Workspace &workspace, const Period &period);
    // Everything but the wins (gap and roadmap read no evidence).
    static Result<ReportData> load(Workspace &workspace);
};

} // namespace ladder
