// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinExportWriter.h"

#include "CsvWriter.h"

namespace ladder {

std::unique_ptr<WinExportWriter> WinExportWriter::create(WinFormat format, QIODevice &out)
{
    switch (format) {
    case WinFormat::Csv: return std::make_unique<CsvWriter>(out);
    case WinFormat::Ladder:
    case WinFormat::Markdown:
    case WinFormat::Jrnl: break;
    }
    return nullptr;
}

} // namespace ladder
