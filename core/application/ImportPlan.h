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
    int present() const { return m_present; }
    int toAdd() const { return int(entries.size()) - m_present; }
    // Counts the entries present once the stored sets are filled.
    void countPresent()
    {
        m_present = 0;
        for (const ImportedWin &entry : std::as_const(entries))
            m_present += isPresent(entry) ? 1 : 0;
    }

private:
    int m_present = 0;
};

} // namespace ladder
