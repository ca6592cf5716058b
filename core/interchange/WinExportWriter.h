// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Win.h"
#include "WinFormat.h"

#include <memory>

class QIODevice;

namespace ladder {

// Writes wins, oldest first, in another journal's format (JrnlWriter,
// JrnlTextWriter, CsvWriter, BragWriter) to a device as they come, so that
// 100,000 wins are never held whole; finish() writes what comes after the
// last win and says
// whether every write reached the device.
class WinExportWriter
{
public:
    virtual ~WinExportWriter() = default;
    virtual void add(const Win &win) = 0;
    virtual Result<void> finish() = 0;

    // The writer of `format`; nullptr for Ladder's own export (LadderExport).
    static std::unique_ptr<WinExportWriter> create(WinFormat format, QIODevice &out);
};

} // namespace ladder
