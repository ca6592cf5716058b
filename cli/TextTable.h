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
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QList<Style>> m_styles;  // one list per row
    int m_elided = -1;
};

} // namespace ladder
