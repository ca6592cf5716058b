// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinReaders.h"

namespace ladder {

Result<QList<ImportedWin>> WinReaders::read(WinFormat format, const QByteArray &data, const QString &fileName, const ReadOptions &options)
{
    Q_UNUSED(data);
    Q_UNUSED(options);
    switch (format) {
    case WinFormat::Ladder:
    case WinFormat::Jrnl:
    case WinFormat::Csv:
    case WinFormat::Markdown: break;
    }
    return Error(tr("%1: %2 files cannot be read as a list of wins").arg(fileName, WinFormats::name(format)));
}

} // namespace ladder
