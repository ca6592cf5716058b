// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Period.h"

#include <QDate>
#include <QString>

namespace ladder {

// Who and what a report is about: the first lines of every report.
struct ReportHeader
{
    QString userName; // --name, else the settings' user-name; may be empty
    QString frameworkName;
    QString currentLevelSlug; // empty when the user has no level yet
    QString currentLevelName;
    QString targetLevelSlug; // readiness only
    QString targetLevelName;
    Period period;
    // The day the report is for (the caller's "today"), never the wall clock:
    // the same data gives the same bytes on any day the report is re-made.
    QDate generatedOn;
};

} // namespace ladder
