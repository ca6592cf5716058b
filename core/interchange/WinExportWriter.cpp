// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinExportWriter.h"

namespace ladder {

std::unique_ptr<WinExportWriter> WinExportWriter::create(WinFormat format, QIODevice &out)
{
    Q_UNUSED(out);
    switch (format) {
    case WinFormat::Ladder:
    case WinFormat::Jrnl:
    case WinFormat::Csv:
    case WinFormat::Markdown: break;
    }
    return nullptr;
}

} // namespace ladder
