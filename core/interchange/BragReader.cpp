// SPDX-License-Identifier: GPL-3.0-or-later
#include "BragReader.h"

#include "domain/DateExpression.h"
#include "domain/IsoTime.h"
#include "io/JsonCheck.h"
#include "SourceIds.h"
#include "TextLines.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

// Columns of leading white space, a tab reaching the next multiple of four
// as CommonMark counts it.
int indentOf(const QString &line)
{
    int columns = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++columns;
        else if (c == QLatin1Char('\t'))
            columns += 4 - columns % 4;
        else
            break;
    }
    return columns;
}

// `line` without up to `columns` columns of its leading white space.
QString dedent(const QString &line, int columns)
{
    int taken = 0;
    qsizetype i = 0;
    while (i < line.size() && taken < columns) {
        const int width = line.at(i) == QLatin1Char('\t') ? 4 - taken % 4 : line.at(i) == QLatin1Char(' ') ? 1 : 0;
        if (width == 0 || taken + width > columns)
            break;
        taken += width;
        ++i;
    }
    return line.mid(i);
}

// The first character after the indent, or a null one: the line shapes
// below are tried only when it fits, as they run for every line.
QChar lead(const QString &line)
{
    for (const QChar c : line) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return c;
    }
    return {};
}

bool isHeading(const QString &line, QRegularExpressionMatch *match = nullptr)
{
    if (lead(line) != QLatin1Char('#'))
        return false;
    static const QRegularExpression heading(u"^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"_s);
    const QRegularExpressionMatch m = heading.match(line);
    if (match)
        *match = m;
    return m.hasMatch();
}

bool isThematicBreak(const QString &line)
{
    if (const QChar c = lead(line); c != QLatin1Char('-') && c != QLatin1Char('*') && c != QLatin1Char('_'))
        return false;
    static const QRegularExpression rule(u"^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"_s);
    return rule.match(line).hasMatch();
}

bool isFence(const QString &line)
{
    if (const QChar c = lead(line); c != QLatin1Char('`') && c != QLatin1Char('~'))
        return false;
    static const QRegularExpression fence(u"^ {0,3}(```|~~~)"_s);
    return fence.match(line).hasMatch();
}

bool isListItem(const QString &line)
{
    const QChar c = lead(line);
    return c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+') || c.isDigit();
}

QRegularExpressionMatch listItem(const QString &line)
{
    static const QRegularExpression item(u"^([ \\t]*)([-*+]|\\d{1,9}[.)])(?:([ \\t]+)(.*))?$"_s);
    return item.match(line);
}

QDate firstOfQuarter(int year, int quarter)
{
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

// The first day of the period a heading names, the day it names, or null
// when it names none ("## Projects"). Only a day that cannot be is an error.
Result<QDate> periodStart(const QString &text)
{
    static const QRegularExpression day(u"\\b(\\d{4}-\\d{2}-\\d{2})\\b"_s);
    static const QRegularExpression month(u"\\b(\\d{4})-(0[1-9]|1[0-2])\\b(?!-\\d)"_s);
    static const QRegularExpression quarter(u"\\b(?:(\\d{4})[ -]?Q([1-4])|Q([1-4])[ /-]?(\\d{4}))\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression half(u"\\b(?:(\\d{4})[ -]?H([12])|H([12])[ /-]?(\\d{4}))\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(u"\\b([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b"_s);
    static const QRegularExpression year(u"\\b(19\\d\\d|2\\d\\d\\d)\\b"_s);
    if (const QRegularExpressionMatch m = day.match(text); m.hasMatch())
        return DateExpression::parse(m.captured(1), QDate());
    if (const QRegularExpressionMatch m = month.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (const QRegularExpressionMatch m = quarter.match(text); m.hasMatch()) {
        return m.hasCaptured(1) ? firstOfQuarter(m.captured(1).toInt(), m.captured(2).toInt())
                                : firstOfQuarter(m.captured(4).toInt(), m.captured(3).toInt());
    }
    if (const QRegularExpressionMatch m = half.match(text); m.hasMatch()) {
        const int h = (m.hasCaptured(1) ? m.captured(2) : m.captured(3)).toInt();
        return QDate((m.hasCaptured(1) ? m.captured(1) : m.captured(4)).toInt(), h == 1 ? 1 : 7, 1);
    }
    auto it = named.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(1).toLower();
        for (int i = 1; i <= 12; ++i) {
            const QString name = QLocale::c().monthName(i).toLower();
            if (word == name || word == name.left(3) || (i == 9 && word == u"sept"_s))
                return QDate(m.captured(2).toInt(), i, 1);
        }
    }
    if (const QRegularExpressionMatch m = year.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), 1, 1);
    return QDate();
}

bool isStar(const QString &token)
{
    return token == u"\u2605"_s || token == u"\u2B50"_s;
}

// The tag a trailing "@word" or "#word" stands for; empty when `token` is
// none. A "#" needs a letter after it, so "PR #482" keeps its number.
QString tagOf(const QString &token)
{
    static const QRegularExpression tag(u"^(?:@(\\w\\S*)|#(\\p{L}\\S*))$"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = tag.match(token);
    if (!m.hasMatch())
        return {};
    QString name = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
    while (!name.isEmpty() && u".,;:!?"_s.contains(name.back()))
        name.chop(1);
    return name.toLower();
}

struct Line
{
    QString text;
    int indent = 0;
    bool lazy = false; // a paragraph's continuation written without indent
};

// A win being read: its item line and the lines under it.
struct Item
{
    int line = 0;
    int markerIndent = 0;
    int contentColumn = 0;
    QString content;
    QList<Line> lines;
    bool blankPending = false;
};

class Document
{
    Q_DECLARE_TR_FUNCTIONS(BragReader)

public:
    explicit Document(const QString &fileName)
        : m_fileName(fileName)
        , m_ids(u"markdown"_s)
    {
    }

    Result<QList<ImportedWin>> read(const QStringList &lines)
    {
        qsizetype i = 0;
        // YAML front matter, as static site generators put it, is no text;
        // a rule that opens a document (no "key:" after it) is no front matter.
        static const QRegularExpression yamlKey(u"^[A-Za-z0-9_-]+:"_s);
        if (lines.size() > 1 && lines.first() == u"---"_s && yamlKey.match(lines.at(1)).hasMatch()) {
            const qsizetype end = lines.indexOf(u"---"_s, 1);
            if (end > 0)
                i = end + 1;
        }
        QChar fence; // the character of the open code fence, if any
        for (; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const int number = int(i) + 1;
            if (m_item && takes(line))
                continue;
            if (auto closed = close(); !closed)
                return closed.error();
            if (isFence(line)) {
                // A fence closes only with its own character (``` or ~~~).
                if (fence.isNull())
                    fence = lead(line);
                else if (fence == lead(line))
                    fence = QChar();
                continue;
            }
            if (!fence.isNull())
                continue;
            QRegularExpressionMatch heading;
            if (isHeading(line, &heading)) {
                if (auto dated = enterHeading(heading, number); !dated)
                    return dated.error();
                continue;
            }
            if (isThematicBreak(line))
                continue;
            if (!isListItem(line))
                continue; // prose between the lists
            const QRegularExpressionMatch item = listItem(line);
            if (!item.hasMatch() || item.captured(4).trimmed().isEmpty())
                continue; // prose between the lists, or an empty item
            m_item = Item();
            m_item->line = number;
            m_item->markerIndent = indentOf(line);
            m_item->contentColumn = m_item->markerIndent + int(item.capturedLength(2)) + int(item.capturedLength(3));
            m_item->content = item.captured(4).trimmed();
        }
        if (auto closed = close(); !closed)
            return closed.error();
        return m_wins;
    }

private:
    // Whether `line` belongs to the open item: deeper than its marker, blank
    // (if more of it follows), or its first paragraph running on unindented.
    bool takes(const QString &line)
    {
        Item &item = *m_item;
        if (line.trimmed().isEmpty()) {
            item.blankPending = true;
            item.lines << Line();
            return true;
        }
        const int indent = indentOf(line);
        if (indent > item.markerIndent) {
            item.blankPending = false;
            item.lines << Line{line, indent, false};
            return true;
        }
        if (!item.blankPending && !(isListItem(line) && listItem(line).hasMatch()) && !isHeading(line) && !isThematicBreak(line)
            && !isFence(line)) {
            item.lines << Line{line, indent, true};
            return true;
        }
        return false;
    }

    Result<void> enterHeading(const QRegularExpressionMatch &heading, int number)
    {
        const int level = int(heading.capturedLength(1));
        Result<QDate> date = periodStart(heading.captured(2));
        if (!date)
            return date.error().at(TextLines::location(m_fileName, number));
        m_headingDates[std::size_t(level)] = *date;
        for (std::size_t deeper = std::size_t(level) + 1; deeper < m_headingDates.size(); ++deeper)
            m_headingDates[deeper] = QDate();
        return {};
    }

    QDate nearestHeadingDate() const
    {
        for (auto it = m_headingDates.crbegin(); it != m_headingDates.crend(); ++it) {
            if (it->isValid())
                return *it;
        }
        return {};
    }

    // Turns the open item, if any, into a win.
    Result<void> close()
    {
        if (!m_item)
            return {};
        const Item item = std::move(*m_item);
        m_item.reset();
        ImportedWin entry;
        entry.location = TextLines::location(m_fileName, item.line);
        Win &win = entry.win;

        QString text = item.content;
        static const QRegularExpression leadingDate(
            u"^(\\d{4}-\\d{2}-\\d{2})(?=[\\s:\u2014\u2013]|$)[ \\t]*(?:(?::|\u2014|\u2013|-(?=\\s))[ \\t]*)?"_s);
        if (const QRegularExpressionMatch m = leadingDate.match(text); m.hasMatch()) {
            Result<QDate> date = DateExpression::parse(m.captured(1), QDate());
            if (!date)
                return date.error().at(entry.location);
            win.date = *date;
            text = text.mid(m.capturedEnd());
        } else {
            win.date = nearestHeadingDate();
            if (!win.date.isValid())
                return Error(tr("%1: no date for this item (put one at its start or a dated heading above)").arg(entry.location));
        }
        // A UUID in an HTML comment ending the line (BragWriter's): the win
        // it came from, never text. Any other comment stays in the title.
        static const QRegularExpression uuidComment(u"[ \t]*<!--[ \t]*([0-9A-Fa-f{}-]+)[ \t]*-->$"_s);
        if (text.endsWith(u"-->"_s)) {
            if (const QRegularExpressionMatch m = uuidComment.match(text); m.hasMatch()) {
                win.uuid = SourceIds::uuid(m.captured(1));
                if (!win.uuid.isEmpty())
                    text.truncate(m.capturedStart());
            }
        }
        // Tags and a star at the end of the line, in any order.
        QStringList tags;
        for (;;) {
            text = text.trimmed();
            qsizetype space = text.size() - 1;
            while (space >= 0 && !text.at(space).isSpace())
                --space;
            const QString token = text.mid(space + 1);
            if (isStar(token)) {
                win.starred = true;
            } else if (const QString tag = tagOf(token); !tag.isEmpty()) {
                tags.prepend(tag);
            } else {
                break;
            }
            text.truncate(space < 0 ? 0 : space);
        }
        text.replace(u"\\@"_s, u"@"_s);
        text.replace(u"\\#"_s, u"#"_s);
        win.title = text;
        if (win.title.isEmpty())
            return Error(tr("%1: the item has no title").arg(entry.location));
        if (const QString why = JsonCheck::notOneLine(win.title); !why.isEmpty())
            return Error(tr("%1: the title %2").arg(entry.location, why));
        win.tags = tags;
        splitBody(item, win);
        if (win.uuid.isEmpty()) {
            win.source = m_ids.next({QString::fromLatin1(IsoTime::formatDate(win.date)), win.title});
        } else {
            // Two items with one UUID would be one win: the second left out.
            if (const auto first = m_uuids.constFind(win.uuid); first != m_uuids.cend())
                return Error(tr("%1: the same UUID as line %2").arg(entry.location).arg(*first));
            m_uuids.insert(win.uuid, item.line);
            win.source = m_ids.own(win.uuid);
        }
        m_wins << std::move(entry);
        return {};
    }

    // The lines under the item as Markdown, less the indent they all share
    // (at most the item's content column); a first-level "- Impact: …" item
    // among them is the impact.
    static void splitBody(const Item &item, Win &win)
    {
        QList<Line> lines = item.lines;
        while (!lines.isEmpty() && lines.last().text.isEmpty())
            lines.removeLast();
        int strip = item.contentColumn;
        for (const Line &line : std::as_const(lines)) {
            if (!line.text.isEmpty() && !line.lazy)
                strip = std::min(strip, line.indent);
        }
        QStringList body;
        for (const Line &line : std::as_const(lines))
            body << (line.lazy ? line.text.trimmed() : dedent(line.text, strip));

        static const QRegularExpression impactItem(u"^[-*+][ \\t]+Impact:[ \\t]*"_s, QRegularExpression::CaseInsensitiveOption);
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QRegularExpressionMatch m = impactItem.match(body.at(i));
            if (!m.hasMatch())
                continue;
            QStringList impact = {body.at(i).mid(m.capturedEnd()).trimmed()};
            qsizetype end = i + 1;
            // Its own lines are those indented under it (blank ones between).
            while (end < body.size() && (body.at(end).isEmpty() || indentOf(body.at(end)) > 0))
                ++end;
            while (end > i + 1 && body.at(end - 1).isEmpty())
                --end;
            // One line in Ladder: the item's lines run on, as Markdown joins them.
            for (qsizetype j = i + 1; j < end; ++j) {
                if (!body.at(j).trimmed().isEmpty())
                    impact << body.at(j).trimmed();
            }
            win.impact = impact.join(QLatin1Char(' ')).trimmed();
            body.remove(i, end - i);
            break;
        }
        while (!body.isEmpty() && body.first().trimmed().isEmpty())
            body.removeFirst();
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        win.body = body.join(QLatin1Char('\n'));
    }

    QString m_fileName;
    SourceIds m_ids;
    QHash<QString, int> m_uuids; // to the line that gave it first
    QList<ImportedWin> m_wins;
    std::optional<Item> m_item;
    // The date of the last heading of each level (1-6) above; null for one
    // that names none.
    std::array<QDate, 7> m_headingDates{};
};

} // namespace

Result<QList<ImportedWin>> BragReader::read(const QByteArray &data, const QString &fileName)
{
    Result<QStringList> lines = TextLines::split(data, fileName);
    if (!lines)
        return lines.error();
    return Document(fileName).read(*lines);
}

} // namespace ladder
