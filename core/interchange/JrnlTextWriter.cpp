// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlTextWriter.h"

#include "JrnlImpact.h"
#include "JrnlTags.h"
#include "JrnlWriter.h"

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

// Python's str.rstrip("\n "), as jrnl trims a title and a body it writes.
QString rstripped(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1) == QLatin1Char('\n') || text.at(end - 1) == QLatin1Char(' ')))
        --end;
    return text.left(end);
}

} // namespace

JrnlTextWriter::JrnlTextWriter(QIODevice &out)
    : m_out(out)
    , m_tags(u"@"_s)
{
}

void JrnlTextWriter::add(const Win &win)
{
    QString body = rstripped(win.body);
    const QString tags = m_tags.missing(JrnlTags::ofWin(win), win.title + QLatin1Char('\n') + body + QLatin1Char('\n') + win.impact);
    if (!tags.isEmpty())
        body = body.isEmpty() ? tags : body + u"\n\n"_s + tags;
    body = rstripped(JrnlImpact::join(body, win.impact));

    // jrnl's default time format, "%Y-%m-%d %H:%M"; entries joined by a
    // blank line, each ending in a line break (jrnl/journals/Journal.py).
    QString entry = m_first ? QString() : u"\n"_s;
    m_first = false;
    entry
        += QLatin1Char('[') + win.date.toString(Qt::ISODate) + QLatin1Char(' ') + JrnlWriter::timeOf(win) + u"] "_s + rstripped(win.title);
    if (win.starred)
        entry += u" *"_s;
    if (!body.isEmpty())
        entry += QLatin1Char('\n') + body;
    m_out.write(entry + QLatin1Char('\n'));
}

Result<void> JrnlTextWriter::finish()
{
    return m_out.finish(tr("the jrnl journal file"));
}

} // namespace ladder
