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
    m_rows << cells;
    m_styles << styles;
}

void TextTable::print(CommandContext &context) const
{
    // Cells come from the data: on a terminal, without control characters
    // (which would also break the columns), measured as they will be shown.
    QList<QStringList> rows = m_rows;
    QStringList headers = m_headers;  // level names are data too
    if (context.outIsTerminal) {
        for (QString &header : headers)
            header = context.shown(header);
        for (QStringList &row : rows) {
            for (QString &cell : row)
                cell = context.shown(cell);
        }
    }
    QList<qsizetype> widths;
    for (const QString &h : std::as_const(headers))
        widths << h.size();
    for (const QStringList &row : std::as_const(rows)) {
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
    qsizetype lineWidth = 1;
    for (qsizetype w : widths)
        lineWidth += w + 2;
    // One buffer for every line: a listing of thousands of rows allocates once.
    QString out;
    out.reserve(lineWidth + 64);
    auto line = [&](const QStringList &cells, const QList<Style> &styles) {
        out.clear();
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QString cell = cells.at(c);
            if (cell.size() > widths[c])
                cell = cell.left(widths[c] - 1) + QChar(0x2026);
            const bool last = c == cells.size() - 1;
            // Padding is added outside the escape codes, so colors never shift a column.
            out += styled(c < styles.size() ? styles.at(c) : Style::Plain, cell);
            if (!last)
                out.resize(out.size() + widths[c] - cell.size() + 2, QLatin1Char(' '));
        }
        // Empty cells at the end of a row leave no trailing blanks.
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        out += QLatin1Char('\n');
        context.out() << out;
    };
    line(headers, QList<Style>(headers.size(), Style::Bold));
    for (qsizetype r = 0; r < rows.size() && context.out().status() == QTextStream::Ok; ++r)
        line(rows.at(r), m_styles.at(r));
    context.out().flush();
}

} // namespace ladder
