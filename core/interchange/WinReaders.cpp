// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinReaders.h"

#include "BragReader.h"
#include "CsvReader.h"
#include "JrnlReader.h"

namespace ladder {

Result<QList<ImportedWin>> WinReaders::read(WinFormat format, const QByteArray &data, const QString &fileName, const ReadOptions &options)
{
    switch (format) {
    case WinFormat::Jrnl:
    case WinFormat::JrnlText: return JrnlReader::read(data, fileName, options);
    case WinFormat::Csv: return CsvReader::read(data, fileName, options);
    case WinFormat::Markdown: return BragReader::read(data, fileName);
    case WinFormat::Ladder: break;
    }
    return Error(tr("%1: %2 files cannot be read as a list of wins").arg(fileName, WinFormats::name(format)));
}

} // namespace ladder
