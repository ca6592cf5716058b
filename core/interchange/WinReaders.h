// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ImportedWin.h"
#include "ReadOptions.h"
#include "WinFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// The reader of each win format (JrnlReader, CsvReader, BragReader): every
// entry of the file, or the first problem as one line naming "FILE:LINE" (or
// the JSON path) and what is wrong. A reader never half-reads: an error
// means no entries.
class WinReaders
{
    Q_DECLARE_TR_FUNCTIONS(WinReaders)

public:
    static Result<QList<ImportedWin>> read(WinFormat format, const QByteArray &data, const QString &fileName, const ReadOptions &options);
};

} // namespace ladder
