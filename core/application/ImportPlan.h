// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/ImportedWin.h"
#include "interchange/WinFormat.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace ladder {

// A file read and checked, ready to import (Transfer::planImport): what the
// CLI's --dry-run prints and the GUI previews before anything is written.
struct ImportPlan
{
    WinFormat format = WinFormat::Ladder;
    QString fileName;
    // Another journal's file: every entry, skills linked, in file order.
    QList<ImportedWin> entries;
    // The sources of those a previous import of the same file already
    // brought in: they are left as they are.
    QSet<QString> storedSources;
    // A ladder export, merged whole by Transfer::importExport.
    QByteArray ladderData;

    bool isPresent(const ImportedWin &entry) const { return storedSources.contains(entry.win.source); }
    int present() const { return int(storedSources.size()); }
    int toAdd() const { return int(entries.size()) - present(); }
};

} // namespace ladder
