// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ImportPlan.h"
#include "interchange/ReadOptions.h"
#include "interchange/WinFormat.h"
#include "io/ImportSummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ladder {

class Stores;

// Files in and out of the workspace (docs/formats.md): the ladder export,
// other journals' files (jrnl, CSV, a Markdown brag document), backups and
// the integrity check.
class Transfer
{
    Q_DECLARE_TR_FUNCTIONS(Transfer)

public:
    explicit Transfer(Stores &stores);

    // The whole database as a ladder export, written to `out` as it is made
    // (an export of 100,000 wins is never held in memory whole).
    Result<void> exportTo(QIODevice &out);
    // The same into a file, replaced only once complete (OutputFile).
    Result<void> exportToFile(const QString &path);
    // Merges a ladder export in one transaction, matching rows by UUID; any
    // problem rejects the whole file naming "FILE: path: problem". With
    // dryRun the work is done and rolled back, so the summary is exact.
    Result<ImportSummary> importExport(const QByteArray &data, const QString &fileName, bool dryRun);

    // Reads a file of any format Ladder imports (recognised from its content
    // and name unless `format` is given) and checks every entry against the
    // database: nothing is written. Tags that are skill slugs of the active
    // framework link the skill; an entry already imported by an earlier run
    // (the same source id) is counted as present. Any problem rejects the
    // whole file with "FILE:LINE: problem".
    Result<ImportPlan> planImport(const QByteArray &data, const QString &fileName, std::optional<WinFormat> format,
                                  const ReadOptions &options);
    // Writes the plan's new entries in one transaction (with dryRun, rolled
    // back: the counts are exact).
    Result<ImportSummary> commitImport(const ImportPlan &plan, bool dryRun);

    // Every win, oldest first, in another journal's format, written as it is
    // read; `exportWinsToFile` replaces `path` only once complete.
    Result<void> exportWins(WinFormat format, QIODevice &out);
    Result<void> exportWinsToFile(WinFormat format, const QString &path);

    // A consistent copy of the database, checked before it takes its name;
    // never over a file an open database uses, and over an existing file only
    // with `replaceExisting` (the GUI's save dialog has asked).
    Result<void> backupTo(const QString &path, bool replaceExisting = false);
    // SQLite's integrity and foreign-key checks; empty when healthy.
    Result<QStringList> check();

private:
    Stores &m_stores;
};

} // namespace ladder
