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
    explicit TextTable(QStringList headers);
    void setElidedColumn(int column) { m_elided = column; }
    void addRow(QStringList cells);
    void print(CommandContext &context) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_elided = -1;
};

} // namespace ladder
