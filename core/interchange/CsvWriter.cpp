// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "CsvCells.h"

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

const QChar Separator = QLatin1Char(',');

} // namespace

CsvWriter::CsvWriter(QIODevice &out)
    : m_out(out)
{
}

void CsvWriter::add(const Win &win)
{
    start();
    const QStringList cells = {win.date.toString(Qt::ISODate),
                               win.title,
                               win.body,
                               win.impact,
                               win.tags.join(QLatin1Char(' ')),
                               win.skillSlugs.join(QLatin1Char(' ')),
                               win.starred ? u"yes"_s : u"no"_s,
                               win.uuid};
    QStringList row;
    for (const QString &cell : cells)
        row << CsvCells::quote(CsvCells::guard(cell), Separator);
    m_out.write(row.join(Separator) + u"\r\n"_s);
}

Result<void> CsvWriter::finish()
{
    start(); // a file without wins still has its header
    return m_out.finish(tr("the CSV file"));
}

void CsvWriter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_out.write(u"\uFEFFdate,title,body,impact,tags,skills,starred,uuid\r\n"_s);
}

} // namespace ladder
