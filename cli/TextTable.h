// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

class CommandContext;

// Aligned columns for terminal listings. The last column with `elide` set is
// shortened to keep rows within the terminal width. Widths are measured on the
// plain text, so styling (colors) can be applied per cell afterwards.
class TextTable
{
public:
    // How a cell looks on a color terminal (CommandContext's styles).
    enum class Style { Plain, Bold, Dim, Accent, Warn };

    explicit TextTable(QStringList headers);
    void setElidedColumn(int column) { m_elided = column; }
    // `styles` gives cell by cell the style of the row's cells (Plain when missing).
    void addRow(QStringList cells, QList<Style> styles = {});
    void print(CommandContext &context) const;
    bool isEmpty() const { return m_rows.isEmpty() && !m_streaming; }

    // For listings of any length: once `measuredRows` rows are in, their
    // widths become the columns' and from then on addRow() writes each row
    // at once, keeping none. A later cell wider than its column is shown
    // whole (the row then runs past the column), except in the elided column
    // on a terminal. finish() writes what is still held.
    void streamTo(CommandContext &context, int measuredRows);
    void finish();

private:
    QList<qsizetype> measure(CommandContext &context, const QStringList &headers, const QList<QStringList> &rows) const;
    void writeLine(CommandContext &context, const QList<qsizetype> &widths, const QStringList &cells, const QList<Style> &styles) const;
    QStringList shownCells(CommandContext &context, QStringList cells) const;
    void startStream();
    // Writes the header and the rows held; returns the widths they set.
    QList<qsizetype> writeHeld(CommandContext &context) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QList<Style>> m_styles; // one list per row
    int m_elided = -1;
    CommandContext *m_stream = nullptr;
    int m_measuredRows = 0;
    bool m_streaming = false; // the header is out; rows are written as they come
    QList<qsizetype> m_widths;
    mutable QString m_line; // the line being written
};

} // namespace ladder
