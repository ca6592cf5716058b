// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// What an import did (or, with dry run, would do).
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    int winsAdded = 0;
    int winsPresent = 0; // same UUID already in the database: left as they are
    int goalsAdded = 0;
    int goalsPresent = 0;
    int assessmentsAdded = 0;
    int assessmentsPresent = 0;
    int frameworks = 0; // frameworks added
    // Frameworks the database has that the file holds differently (other
    // content or other UUIDs): kept as they are here.
    QStringList frameworksKept;
    // Another journal's file: only wins can come in, and only wins are told.
    bool winsOnly = false;
    // The ids of the wins an import of another journal's file added (the
    // GUI's undo takes them out again).
    QList<qint64> addedWinIds;
    QString describe(bool dryRun) const;
};

} // namespace ladder
