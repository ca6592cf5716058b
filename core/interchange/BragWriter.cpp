// SPDX-License-Identifier: GPL-3.0-or-later
#include "BragWriter.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

// Lines of `text` under a list item: `indent` before each, none on a blank
// line (no trailing spaces).
QString indented(const QString &text, const QString &indent)
{
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += (line.isEmpty() ? QString() : indent + line) + QLatin1Char('\n');
    return out;
}

} // namespace

BragWriter::BragWriter(QIODevice &out)
    : m_out(out)
{
}

void BragWriter::add(const Win &win)
{
    start();
    const QDate month(win.date.year(), win.date.month(), 1);
    if (month != m_month) {
        m_month = month;
        // English month names whatever the locale: BragReader reads them.
        m_out.write(u"\n## %1 %2\n\n"_s.arg(QLocale::c().monthName(win.date.month())).arg(win.date.year()));
    }
    // A word of the title that starts like a tag is escaped ("\@alice"), so
    // that the reader leaves it in the title.
    static const QRegularExpression tagLike(u"(^|\\s)(?=[@#])"_s);
    QString title = win.title;
    title.replace(tagLike, u"\\1\\"_s);
    QString line = u"- "_s + win.date.toString(Qt::ISODate) + QLatin1Char(' ') + title;
    for (const QString &skill : win.skillSlugs)
        line += u" @"_s + skill;
    // The reader takes "#" only before a letter ("PR #482" is no tag).
    static const QRegularExpression letterFirst(u"^\\p{L}"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &tag : win.tags)
        line += (letterFirst.match(tag).hasMatch() ? u" #"_s : u" @"_s) + tag;
    if (win.starred)
        line += u" \u2605"_s;
    // The UUID as an HTML comment, which no Markdown renderer shows: the
    // document reads as before, and importing it back finds the win.
    if (!win.uuid.isEmpty())
        line += u" <!-- "_s + win.uuid + u" -->"_s;
    m_out.write(line + QLatin1Char('\n'));
    if (!win.body.isEmpty())
        m_out.write(indented(win.body, u"  "_s));
    if (!win.impact.isEmpty())
        m_out.write(u"  - Impact: "_s + win.impact + QLatin1Char('\n')); // one line (docs/formats.md)
}

Result<void> BragWriter::finish()
{
    start(); // a document without wins still has its title
    return m_out.finish(tr("the brag document"));
}

void BragWriter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_out.write(u"# Brag document\n"_s);
}

} // namespace ladder
