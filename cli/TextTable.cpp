#include "TextTable.h"

#include "CommandContext.h"

#include <algorithm>

namespace ladder {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

void TextTable::print(CommandContext &context) const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows) {
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
    auto line = [&](const QStringList &cells, bool header) {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QString cell = cells.at(c);
            if (cell.size() > widths[c])
                cell = cell.left(widths[c] - 1) + QChar(0x2026);
            const bool last = c == cells.size() - 1;
            const QString padded = last ? cell : cell.leftJustified(widths[c]);
            out += header ? context.bold(padded) : padded;
            if (!last)
                out += QStringLiteral("  ");
        }
        context.out() << out << '\n';
    };
    line(m_headers, true);
    for (const QStringList &row : m_rows)
        line(row, false);
    context.out().flush();
}

} // namespace ladder
