// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ImportedWin.h"
#include "ReadOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// Both of jrnl's forms (docs/formats.md, "jrnl"): the JSON of `jrnl --export
// json` (a file whose first character is '{') and the plain-text journal file
// jrnl keeps, read the way jrnl reads it: entry lines "[DATE] Title" in the
// journal's time format, a trailing '*' for a star, tags in title and body.
// Every entry in file order, or the first problem as one line naming
// "FILE:LINE" or the JSON path ("journal.json: entries[3].date: …"), and
// then no entries at all.
class JrnlReader
{
    Q_DECLARE_TR_FUNCTIONS(JrnlReader)

public:
    static Result<QList<ImportedWin>> read(const QByteArray &data, const QString &fileName, const ReadOptions &options);
};

} // namespace ladder
