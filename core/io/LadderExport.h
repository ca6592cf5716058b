// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ImportSummary.h"
#include "storage/CoreOnly.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace ladder {

class Stores;

// The `ladder-export` JSON format (docs/formats.md): everything in a database,
// in a stable order, so that export → import → export gives the same bytes.
class LadderExport
{
    Q_DECLARE_TR_FUNCTIONS(LadderExport)

public:
    static Result<QByteArray> write(Stores &stores);
    // The same written to `out` as it is made, 256 KiB at a time: an
    // export of 100,000 wins is never held in memory whole.
    static Result<void> write(Stores &stores, QIODevice &out);
    // Merges an export into the database in one transaction, matching rows by
    // UUID. The whole file is checked first: any problem rejects it with
    // "FILE: path: problem" and nothing is written. With dryRun the work is
    // done and rolled back, so the summary is exact.
    static Result<ImportSummary> import(Stores &stores, const QByteArray &data, const QString &fileName, bool dryRun);
};

} // namespace ladder
