#pragma once

#include "domain/Assessment.h"
#include "domain/EvidenceSummary.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/Win.h"

#include <QList>
#include <QString>

#include <optional>

namespace ladder {

class Workspace;

// Everything the reports read, loaded once as plain values so that the models
// (and their tests) never touch the database.
struct ReportData
{
    Framework framework;           // the active one
    QList<Assessment> assessments; // all of them (ratings are read as of a day)
    QList<Win> wins;               // the wins of the period only, newest first, without body or UUID (load(workspace, period))
    std::optional<EvidenceSummary> evidence;  // the period's evidence, counted (loadEvidence)
    QList<Goal> goals;             // every goal, any status
    QString currentLevelSlug;      // Workspace::currentLevel()
    QString userName;              // the settings' user-name; empty when unset

    // Loads from an open workspace; `period` bounds the wins (the brag
    // document lists every one).
    static Result<ReportData> load(Workspace &workspace, const Period &period);
    // Everything but the wins, and the period's evidence for readiness,
    // counted in SQL, listing `listLimit` wins per skill (0: none, negative:
    // all; WinStore::evidence).
    static Result<ReportData> loadEvidence(Workspace &workspace, const Period &period, int listLimit);
    // Everything but the wins (gap and roadmap read no evidence).
    static Result<ReportData> load(Workspace &workspace);
};

} // namespace ladder
