// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace ladder {

class CommandContext;
class Workspace;
struct WinFilter;

// `win list` and `search` as the wins arrive: an aligned table (its column
// widths set by the first page of rows) or, with --json, one JSON array with
// a record per line. Nothing but the first page is held, so a listing of any
// length takes the same memory.
class WinListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(WinListPrinter)

public:
    // Rows that set the table's column widths; a listing this long or shorter
    // is laid out exactly as a whole table would be.
    static constexpr int MeasuredRows = 200;

    // `win list` and `search`: the wins `filter` asks for, printed as they
    // are read; returns the exit code.
    static int print(CommandContext &context, Workspace &workspace, const WinFilter &filter);

    explicit WinListPrinter(CommandContext &context);
    // False once standard output failed: the caller stops reading.
    bool add(const Win &win);
    // Closes the array or the table; "No wins match." when none came.
    void finish();

private:
    CommandContext &m_context;
    TextTable m_table;
    qint64 m_count = 0;
    QString m_star;
};

} // namespace ladder
