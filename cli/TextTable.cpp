// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include "CommandContext.h"

#include <algorithm>

namespace ladder {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells, QList<Style> styles)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    if (m_streaming) {
        writeLine(*m_stream, m_widths, shownCells(*m_stream, std::move(cells)), styles);
        return;
    }
    m_rows << cells;
    m_styles << styles;
    if (m_stream && m_rows.size() >= m_measuredRows)
        startStream();
}

void TextTable::streamTo(CommandContext &context, int measuredRows)
{
    m_stream = &context;
    m_measuredRows = std::max(1, measuredRows);
}

void TextTable::finish()
{
    if (!m_stream)
        return;
    if (!m_streaming)
        startStream();
    m_stream->out().flush();
}

void TextTable::startStream()
{
    m_widths = writeHeld(*m_stream);
    m_rows.clear();
    m_styles.clear();
    m_streaming = true;
}

QList<qsizetype> TextTable::writeHeld(CommandContext &context) const
{
    QList<QStringList> rows;
    rows.reserve(m_rows.size());
    for (const QStringList &row : m_rows)
        rows << shownCells(context, row);
    const QStringList headers = shownCells(context, m_headers); // level names are data too
    const QList<qsizetype> widths = measure(context, headers, rows);
    writeLine(context, widths, headers, QList<Style>(headers.size(), Style::Bold));
    for (qsizetype r = 0; r < rows.size() && context.out().status() == QTextStream::Ok; ++r)
        writeLine(context, widths, rows.at(r), m_styles.at(r));
    return widths;
}

// Cells come from the data: on a terminal, without control characters (which
// would also break the columns), measured as they will be shown.
QStringList TextTable::shownCells(CommandContext &context, QStringList cells) const
{
    if (context.outIsTerminal) {
        for (QString &cell : cells)
            cell = context.shown(cell);
    }
    return cells;
}

QList<qsizetype> TextTable::measure(CommandContext &context, const QStringList &headers, const QList<QStringList> &rows) const
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    if (context.outIsTerminal && m_elided >= 0 && m_elided < widths.size()) {
        qsizetype total = 0;
        for (qsizetype w : widths)
            total += w + 2;
        const qsizetype excess = total - context.terminalWidth;
        if (excess > 0)
            widths[m_elided] = std::max<qsizetype>(12, widths[m_elided] - excess);
    }
    return widths;
}

void TextTable::writeLine(CommandContext &context, const QList<qsizetype> &widths, const QStringList &cells,
                          const QList<Style> &styles) const
{
    auto styled = [&](Style style, const QString &text) {
        if (text.isEmpty())
            return text;
        switch (style) {
        case Style::Plain: return text;
        case Style::Bold: return context.bold(text);
        case Style::Dim: return context.dim(text);
        case Style::Accent: return context.accent(text);
        case Style::Warn: return context.warn(text);
        }
        return text;
    };
    // One buffer for every line: a listing of thousands of rows allocates once.
    QString &out = m_line;
    out.clear();
    for (qsizetype c = 0; c < cells.size(); ++c) {
        QString cell = cells.at(c);
        // Only the elided column is ever narrower than its cells on a
        // terminal; elsewhere a wider cell (a streamed row) is kept whole.
        if (cell.size() > widths[c] && c == m_elided && context.outIsTerminal)
            cell = cell.left(widths[c] - 1) + QChar(0x2026);
        const bool last = c == cells.size() - 1;
        // Padding is added outside the escape codes, so colors never shift a column.
        out += styled(c < styles.size() ? styles.at(c) : Style::Plain, cell);
        if (!last)
            out.resize(out.size() + std::max<qsizetype>(widths[c] - cell.size(), 0) + 2, QLatin1Char(' '));
    }
    // Empty cells at the end of a row leave no trailing blanks.
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    out += QLatin1Char('\n');
    context.out() << out;
}

void TextTable::print(CommandContext &context) const
{
    writeHeld(context);
    context.out().flush();
}

} // namespace ladder
