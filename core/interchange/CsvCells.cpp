// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvCells.h"

namespace ladder {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r');
}

// True when the cell is apostrophes (maybe none) and then a formula's first
// character.
bool guarded(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && startsFormula(cell.at(i));
}

} // namespace

QString CsvCells::guard(const QString &cell)
{
    return guarded(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvCells::unguard(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && guarded(cell) ? cell.mid(1) : cell;
}

QString CsvCells::quote(const QString &cell, QChar separator)
{
    const bool needed = cell.contains(separator) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')) || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needed)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace ladder
