// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "CsvCells.h"

#include <QIODevice>

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
                               win.starred ? u"yes"_s : u"no"_s};
    QStringList row;
    for (const QString &cell : cells)
        row << CsvCells::quote(CsvCells::guard(cell), Separator);
    write(row.join(Separator) + u"\r\n"_s);
}

Result<void> CsvWriter::finish()
{
    start(); // a file without wins still has its header
    if (m_failed)
        return Error(tr("could not write the CSV file: %1").arg(m_out.errorString()));
    return {};
}

void CsvWriter::start()
{
    if (m_started)
        return;
    m_started = true;
    write(u"\uFEFFdate,title,body,impact,tags,skills,starred\r\n"_s);
}

void CsvWriter::write(const QString &text)
{
    if (m_failed)
        return;
    const QByteArray bytes = text.toUtf8();
    if (m_out.write(bytes) != bytes.size())
        m_failed = true;
}

} // namespace ladder
