// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinExportWriter.h"

#include "BragWriter.h"
#include "CsvWriter.h"
#include "JrnlTextWriter.h"
#include "JrnlWriter.h"

namespace ladder {

std::unique_ptr<WinExportWriter> WinExportWriter::create(WinFormat format, QIODevice &out)
{
    switch (format) {
    case WinFormat::Jrnl: return std::make_unique<JrnlWriter>(out);
    case WinFormat::JrnlText: return std::make_unique<JrnlTextWriter>(out);
    case WinFormat::Csv: return std::make_unique<CsvWriter>(out);
    case WinFormat::Markdown: return std::make_unique<BragWriter>(out);
    case WinFormat::Ladder: break;
    }
    return nullptr;
}

} // namespace ladder
