// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/ImportedWin.h"
#include "interchange/WinFormat.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <algorithm>
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
    // The sources (and UUIDs, for a Ladder export in another format) of
    // those a previous import already brought in: they are left as they are.
    QSet<QString> storedSources;
    QSet<QString> storedUuids;
    // A ladder export, merged whole by Transfer::importExport.
    QByteArray ladderData;

    bool isPresent(const ImportedWin &entry) const
    {
        return storedSources.contains(entry.win.source) || (!entry.win.uuid.isEmpty() && storedUuids.contains(entry.win.uuid));
    }
    // Counted from the stored sets when asked (a preview asks once): no
    // count to keep in step with them.
    int present() const
    {
        return int(std::count_if(entries.cbegin(), entries.cend(), [this](const ImportedWin &entry) { return isPresent(entry); }));
    }
    int toAdd() const { return int(entries.size()) - present(); }
};

} // namespace ladder
