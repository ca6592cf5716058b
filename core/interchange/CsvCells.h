// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// The formula guard of CSV cells, shared by CsvWriter and CsvReader so that a
// round trip gives back the same text (docs/formats.md, "CSV").
//
// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
// return) as a formula, so a win titled "=HYPERLINK(…)" that came in from
// someone else's file could act when the export is opened. As OWASP
// recommends, such a cell is written with a leading apostrophe, which
// spreadsheets take as "this is text" and do not show. The reader takes one
// apostrophe off a cell of that shape again; a cell that already starts with
// apostrophes before such a character gets one more, so that every text comes
// back as it was.
class CsvCells
{
public:
    static QString guard(const QString &cell);
    static QString unguard(const QString &cell);
    // The cell as RFC 4180 writes it: in double quotes (doubled inside) when
    // it holds the separator, a quote, a line break or spaces at either end.
    static QString quote(const QString &cell, QChar separator);
};

} // namespace ladder
