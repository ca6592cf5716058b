// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlReader.h"

#include "io/JsonCheck.h"
#include "io/JsonReader.h"
#include "io/JsonSpans.h"
#include "JrnlImpact.h"
#include "JrnlTags.h"
#include "JrnlTimeFormat.h"
#include "SourceIds.h"
#include "storage/WinLimits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ladder {

namespace {

using L = QLatin1StringView;

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
}

// A jrnl tag as Ladder keeps it: lower-case, without the symbol that starts
// it ("@Launch" is "launch"). A JSON export does not say which symbols the
// journal used, so there any first character that is not a letter or digit
// is taken for one.
QString ladderTag(const QString &tag, const QString &symbols)
{
    QString out = tag.trimmed().toLower();
    if (!out.isEmpty() && (symbols.contains(out.front()) || !out.front().isLetterOrNumber()))
        out.remove(0, 1);
    return out;
}

QStringList ladderTags(const QStringList &tags, const QString &symbols)
{
    QStringList out;
    for (const QString &tag : tags) {
        if (QString t = ladderTag(tag, symbols); !t.isEmpty())
            out << t;
    }
    out.sort();
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// An entry's body as the win's body and impact (JrnlImpact).
void setBody(Win &win, const QString &body)
{
    JrnlImpact::Split split = JrnlImpact::split(body);
    win.body = std::move(split.body);
    win.impact = std::move(split.impact);
}

// The number the digits of `text` from `begin` to `end` write, or -1 if
// any is not a digit: QDate::fromString with a format would run a whole
// date-time parser for every entry.
int digits(QStringView text, qsizetype begin, qsizetype end)
{
    int value = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DD" exactly, naming a real day; an invalid QDate otherwise.
QDate isoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 5, 7), day = digits(text, 8, 10);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

// "HH:MM" exactly, from 00:00 to 23:59.
bool isHourMinute(QStringView text)
{
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return false;
    const int hour = digits(text, 0, 2), minute = digits(text, 3, 5);
    return hour >= 0 && hour < 24 && minute >= 0 && minute < 60;
}

// --- jrnl --export json --------------------------------------------------

Result<QList<ImportedWin>> readJson(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    Result<QJsonDocument> doc = parseJson(bytes, fileName);
    if (!doc)
        return doc.error();
    // QJsonDocument keeps the last of two equal keys: a word would be lost.
    if (const std::optional<QString> repeated = firstRepeatedKey(bytes))
        return Error(JrnlReader::tr("%1: %2: duplicate key (a key appears once in an object)").arg(fileName, *repeated));
    // Only a text starting with '{' comes here: an object.
    const QJsonObject root = doc->object();
    const QJsonValue tags = root.value(L("tags"));
    if (!tags.isUndefined()) {
        if (!tags.isObject())
            return Error(JrnlReader::tr("%1: tags: must be an object of counts, not %2").arg(fileName, JsonCheck::describe(tags)));
        const QJsonObject counts = tags.toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (!it.value().isDouble())
                return Error(JrnlReader::tr("%1: tags.%2: must be a count, not %3")
                                 .arg(fileName, JsonCheck::printable(it.key()), JsonCheck::describe(it.value())));
        }
    }
    const QJsonValue entriesValue = root.value(L("entries"));
    if (entriesValue.isUndefined())
        return Error(JrnlReader::tr("%1: entries: missing (a jrnl export lists its entries there)").arg(fileName));
    if (!entriesValue.isArray())
        return Error(JrnlReader::tr("%1: entries: must be a list, not %2").arg(fileName, JsonCheck::describe(entriesValue)));
    const QJsonArray entries = entriesValue.toArray();

    SourceIds ids(QStringLiteral("jrnl"));
    QHash<QString, qsizetype> uuids; // to the entry that gave it first
    QList<ImportedWin> out;
    out.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("%1: entries[%2]").arg(fileName).arg(i);
        const QJsonValue value = entries.at(i);
        if (!value.isObject())
            return Error(JrnlReader::tr("%1: must be an object, not %2").arg(where, JsonCheck::describe(value)));
        const QJsonObject entry = value.toObject();
        // Other keys are jrnl's additions across versions: left aside.
        Result<QString> title
            = JsonCheck::text(entry.value(L("title")), where, L("title"), JsonCheck::Lines::One, WinLimits::TextLength, true);
        if (!title)
            return title.error();
        Result<QString> body = JsonCheck::text(entry.value(L("body")), where, L("body"), JsonCheck::Lines::Many, WinLimits::TextLength);
        if (!body)
            return body.error();
        Result<QString> date = JsonCheck::text(entry.value(L("date")), where, L("date"), JsonCheck::Lines::One, 64, true);
        if (!date)
            return date.error();
        const QDate day = isoDate(*date);
        if (!day.isValid())
            return Error(JrnlReader::tr("%1: must be a date YYYY-MM-DD, not '%2'")
                             .arg(JsonCheck::path(where, L("date")), JsonCheck::printable(*date)));
        Result<QString> time = JsonCheck::text(entry.value(L("time")), where, L("time"), JsonCheck::Lines::One, 64);
        if (!time)
            return time.error();
        if (!time->isEmpty() && !isHourMinute(*time))
            return Error(
                JrnlReader::tr("%1: must be a time HH:MM, not '%2'").arg(JsonCheck::path(where, L("time")), JsonCheck::printable(*time)));
        Result<QStringList> entryTags
            = JsonCheck::texts(entry.value(L("tags")), where, L("tags"), WinLimits::Tags, WinLimits::TagLength + 1);
        if (!entryTags)
            return entryTags.error();
        Result<bool> starred = JsonCheck::boolean(entry.value(L("starred")), where, L("starred"));
        if (!starred)
            return starred.error();
        Result<QString> uuid
            = JsonCheck::text(entry.value(L("uuid")), where, L("uuid"), JsonCheck::Lines::One, WinLimits::SourceLength - 5);
        if (!uuid)
            return uuid.error();
        if (const QJsonValue creator = entry.value(L("creator")); !creator.isUndefined() && !creator.isObject())
            return Error(
                JrnlReader::tr("%1: must be an object, not %2").arg(JsonCheck::path(where, L("creator")), JsonCheck::describe(creator)));

        ImportedWin imported;
        imported.location = where;
        Win &win = imported.win;
        win.date = day;
        win.title = *title;
        setBody(win, *body);
        win.tags = ladderTags(*entryTags, options.tagSymbols);
        win.starred = *starred;
        if (!uuid->isEmpty()) {
            // Two entries with one uuid would be one source: the second
            // would be skipped as already imported.
            if (const auto first = uuids.constFind(*uuid); first != uuids.cend())
                return Error(JrnlReader::tr("%1: the same as entries[%2].uuid").arg(JsonCheck::path(where, L("uuid"))).arg(*first));
            uuids.insert(*uuid, i);
            win.source = ids.own(*uuid);
            // Ladder's own export: the win it came from.
            win.uuid = SourceIds::uuid(*uuid);
        } else {
            win.source = ids.next({*date, *time, *title, *body});
        }
        out << std::move(imported);
    }
    return out;
}

// --- the journal file ----------------------------------------------------

// Python's str.strip(chars).
QString stripped(const QString &text, QStringView chars)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && chars.contains(text.at(begin)))
        ++begin;
    while (end > begin && chars.contains(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

struct Pending
{
    qsizetype line = 0; // 1-based
    QDate date;
    QTime time;
    QString first;    // the entry line after "[DATE] "
    QStringView body; // the lines after it, up to the next entry line
};

ImportedWin finished(const Pending &entry, const QString &fileName, const std::optional<JrnlTags> &tags, const QString &symbols,
                     SourceIds &ids)
{
    // As jrnl reads an entry (jrnl/journals/Entry.py): a first line ending
    // in '*' is starred, the star and spaces around it dropped.
    QString first = entry.first;
    bool starred = false;
    if (first.trimmed().endsWith(QLatin1Char('*'))) {
        starred = true;
        first = stripped(first, u"\n *");
    }
    // The title is the first sentence of the line (jrnl's sentence splitter):
    // a terminal, an optional closing quote and brackets, then white space.
    static const QRegularExpression sentenceEnd(QStringLiteral(
        "[.!?\\x{2026}\\x{203C}\\x{203D}\\x{2047}\\x{2048}\\x{2049}\\x{22EF}\\x{FE52}\\x{FE57}]['\\x{2019}\"\\x{201D}]?[\\])]*\\s+"
        "|[\\x{FF01}\\x{FF0E}\\x{FF1F}\\x{FF61}\\x{3002}]"));
    const QRegularExpressionMatch end = sentenceEnd.match(first);
    const qsizetype split = end.hasMatch() ? end.capturedEnd() : first.size();
    const QString rest = first.mid(split);
    const QString body
        = rest.trimmed().isEmpty() ? entry.body.trimmed().toString() : (rest + QLatin1Char('\n') + entry.body.toString()).trimmed();

    ImportedWin imported;
    imported.location = QStringLiteral("%1:%2").arg(fileName).arg(entry.line);
    Win &win = imported.win;
    win.date = entry.date;
    win.title = first.left(split).trimmed();
    win.starred = starred;
    setBody(win, body);
    if (tags) {
        QStringList found;
        tags->find(entry.first, found);
        tags->find(entry.body, found);
        win.tags = ladderTags(found, symbols);
        // The tags JrnlTextWriter added for the text to name them are no text.
        win.body = tags->withoutTagParagraph(win.body, win.title + QLatin1Char('\n') + win.impact);
    }
    win.source = ids.next({entry.date.toString(Qt::ISODate), entry.time.toString(QStringLiteral("HH:mm")), win.title, body});
    return imported;
}

// The 1-based line of the first byte that is not UTF-8.
qsizetype badUtf8Line(QByteArrayView data)
{
    qsizetype line = 1;
    for (qsizetype begin = 0; begin <= data.size(); ++line) {
        qsizetype end = data.indexOf('\n', begin);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(data.sliced(begin, end - begin));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        begin = end + 1;
    }
    return line;
}

Result<QList<ImportedWin>> readJournal(QByteArrayView data, const QString &fileName, const ReadOptions &options)
{
    Result<JrnlTimeFormat> format = JrnlTimeFormat::compile(options.timeFormat);
    if (!format)
        return format.error();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error(JrnlReader::tr("%1:%2: not UTF-8 text").arg(fileName).arg(badUtf8Line(data)));
    if (text.contains(QLatin1Char('\r')))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    // jrnl's entry line (jrnl/journals/Journal.py): "[", a date, "] " and the
    // title. A line whose brackets do not hold the format's shape is text of
    // the entry before ("[1] a footnote"), as in jrnl; one that has its
    // shape but names no real moment is an error, not a lost entry.
    static const QRegularExpression entryLine(QStringLiteral(R"(^\[([^\]]+)\](?: (.*))?$)"));
    std::optional<JrnlTags> tags;
    if (!options.tagSymbols.isEmpty())
        tags.emplace(options.tagSymbols);
    SourceIds ids(QStringLiteral("jrnl"));
    QList<ImportedWin> out;
    // At most one entry a line that opens with a bracket: room for them at
    // once, where growing the list would move every win read so far.
    out.reserve(text.count(QStringLiteral("\n[")) + 1);
    std::optional<Pending> entry;
    qsizetype bodyBegin = 0; // of the entry being read, in `text`
    const QStringView all(text);
    qsizetype lineNumber = 0;
    for (qsizetype begin = 0; begin <= all.size(); ++lineNumber) {
        const qsizetype newline = all.indexOf(QLatin1Char('\n'), begin);
        const qsizetype end = newline < 0 ? all.size() : newline;
        const QStringView line = all.sliced(begin, end - begin);
        const qsizetype lineBegin = begin;
        begin = end + 1;
        if (line.startsWith(QLatin1Char('['))) {
            const QRegularExpressionMatch match = entryLine.match(line);
            if (match.hasMatch()) {
                const JrnlTimeFormat::Reading when = format->read(match.captured(1));
                if (when.kind == JrnlTimeFormat::Reading::Kind::Invalid)
                    return Error(JrnlReader::tr("%1:%2: '%3' is not a date in the time format %4: %5")
                                     .arg(fileName)
                                     .arg(lineNumber + 1)
                                     .arg(JsonCheck::printable(match.captured(1)), format->format(), when.problem));
                if (when.kind == JrnlTimeFormat::Reading::Kind::Date) {
                    if (entry) {
                        entry->body = all.sliced(bodyBegin, std::max<qsizetype>(lineBegin - 1 - bodyBegin, 0));
                        out << finished(*entry, fileName, tags, options.tagSymbols, ids);
                    }
                    entry = Pending{lineNumber + 1, when.date, when.time, match.captured(2), {}};
                    bodyBegin = std::min(begin, all.size());
                    continue;
                }
            }
        }
        if (!entry && !line.trimmed().isEmpty())
            return Error(JrnlReader::tr("%1:%2: text before the first entry; a jrnl entry starts with \"[DATE] Title\", the date in "
                                        "the journal's time format %3")
                             .arg(fileName)
                             .arg(lineNumber + 1)
                             .arg(format->format()));
    }
    if (entry) {
        entry->body = all.sliced(bodyBegin);
        out << finished(*entry, fileName, tags, options.tagSymbols, ids);
    }
    return out;
}

} // namespace

Result<QList<ImportedWin>> JrnlReader::read(const QByteArray &data, const QString &fileName, const ReadOptions &options)
{
    const QByteArrayView content = withoutBom(data);
    if (content.trimmed().startsWith('{'))
        return readJson(content.size() == data.size() ? data : content.toByteArray(), fileName, options);
    return readJournal(content, fileName, options);
}

} // namespace ladder
