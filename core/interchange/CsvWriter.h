// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextOutput.h"
#include "WinExportWriter.h"

#include <QCoreApplication>

namespace ladder {

// Wins as a spreadsheet opens them and CsvReader reads them back
// (docs/formats.md, "CSV"): a UTF-8 byte order mark (without it Excel reads
// the file in the system's code page), the header
// "date,title,body,impact,tags,skills,starred,uuid", one row per win with
// CRLF after it (RFC 4180), cells quoted when they need it and
// formula-guarded (CsvCells), tags and skills separated by spaces. The UUID
// comes last, out of the way in a spreadsheet: importing the file back finds
// each win present.
class CsvWriter : public WinExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QIODevice &out);
    void add(const Win &win) override;
    Result<void> finish() override;

private:
    void start();

    TextOutput m_out;
    bool m_started = false;
};

} // namespace ladder
