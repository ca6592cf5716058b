// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinExportWriter.h"

#include "JrnlWriter.h"

namespace ladder {

std::unique_ptr<WinExportWriter> WinExportWriter::create(WinFormat format, QIODevice &out)
{
    switch (format) {
    case WinFormat::Jrnl: return std::make_unique<JrnlWriter>(out);
    case WinFormat::Ladder:
    case WinFormat::Csv:
    case WinFormat::Markdown: break;
    }
    return nullptr;
}

} // namespace ladder
