// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/ImportedWin.h"
#include "interchange/WinFormat.h"

#include <QByteArray>
#include <QList>
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
    // How many of them a previous import of the same file already brought in.
    int present = 0;
    // A ladder export, merged whole by Transfer::importExport.
    QByteArray ladderData;

    int toAdd() const { return int(entries.size()) - present; }
};

} // namespace ladder
