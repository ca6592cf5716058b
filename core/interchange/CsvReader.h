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

// A spreadsheet's wins (docs/formats.md, "CSV"): a header row names the
// columns (date, title, body, impact, tags, skills, starred, or the names
// ReadOptions::columns gives them), each row after it is a win. RFC 4180
// quoting, `,` `;` or tab as detected from the header, UTF-8 with or without
// a BOM. Columns Ladder has no field for are kept as "Header: value" lines at
// the end of the body, so no word of the sheet is lost. Any bad row fails
// the whole file with "FILE:LINE: problem", LINE being where the row starts.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<QList<ImportedWin>> read(const QByteArray &data, const QString &fileName, const ReadOptions &options);
};

} // namespace ladder
