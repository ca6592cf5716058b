#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace ladder {

class Workspace;

// What an import did (or, with dry run, would do).
struct ImportSummary
{
    int winsAdded = 0;
    int winsPresent = 0;  // same UUID already in the database: left as they are
    int goalsAdded = 0;
    int goalsPresent = 0;
    int assessmentsAdded = 0;
    int assessmentsPresent = 0;
    int frameworks = 0;
    QString describe(bool dryRun) const;
};

// The `ladder-export` JSON format (docs/formats.md): everything in a database,
// in a stable order, so that export → import → export gives the same bytes.
class LadderExport
{
public:
    static Result<QByteArray> write(Workspace &workspace);
    // The same written to `out` as it is made, 256 KiB at a time: an
    // export of 100,000 wins is never held in memory whole.
    static Result<void> write(Workspace &workspace, QIODevice &out);
    // Merges an export into the workspace in one transaction, matching rows by
    // UUID. The whole file is checked first: any problem rejects it with
    // "FILE: path: problem" and nothing is written. With dryRun the work is
    // done and rolled back, so the summary is exact.
    static Result<ImportSummary> import(Workspace &workspace, const QByteArray &data, const QString &fileName, bool dryRun);
};

} // namespace ladder
