// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace ladder {

// The text of every cell of the top-level tables of a document, table by
// table and row by row (the header row included), as written: what a report
// shows in its tables, read back by tests of Markdown, HTML and the GUI's
// preview. Header-only, for the suites that link QtGui.
inline QList<QList<QStringList>> documentTables(const QTextDocument &document)
{
    QList<QList<QStringList>> tables;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QList<QStringList> rows;
        for (int r = 0; r < table->rows(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells << cursor.selectedText();
            }
            rows << cells;
        }
        tables << rows;
    }
    return tables;
}

} // namespace ladder
