// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "CsvCells.h"
#include "domain/DateExpression.h"
#include "domain/IsoTime.h"
#include "io/JsonCheck.h"
#include "SourceIds.h"
#include "TextLines.h"

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

enum Field { Date, Title, Body, Impact, Tags, Skills, Starred, Id, FieldCount };

constexpr std::array<QLatin1StringView, FieldCount> FieldNames
    = {"date"_L1, "title"_L1, "body"_L1, "impact"_L1, "tags"_L1, "skills"_L1, "starred"_L1, "id"_L1};

// Header names spreadsheets use for Ladder's fields, besides the field's own.
std::optional<Field> fieldNamed(const QString &header)
{
    struct Named
    {
        QLatin1StringView name;
        Field field;
    };
    static constexpr std::array<Named, 18> Synonyms = {{{"day"_L1, Date},
                                                        {"when"_L1, Date},
                                                        {"win"_L1, Title},
                                                        {"summary"_L1, Title},
                                                        {"subject"_L1, Title},
                                                        {"description"_L1, Body},
                                                        {"notes"_L1, Body},
                                                        {"details"_L1, Body},
                                                        {"text"_L1, Body},
                                                        {"result"_L1, Impact},
                                                        {"outcome"_L1, Impact},
                                                        {"tag"_L1, Tags},
                                                        {"labels"_L1, Tags},
                                                        {"skill"_L1, Skills},
                                                        {"star"_L1, Starred},
                                                        {"favorite"_L1, Starred},
                                                        {"favourite"_L1, Starred},
                                                        {"uuid"_L1, Id}}};
    const QString lower = header.toLower();
    for (int f = 0; f < FieldCount; ++f) {
        if (lower == FieldNames[std::size_t(f)])
            return Field(f);
    }
    for (const Named &named : Synonyms) {
        if (lower == named.name)
            return named.field;
    }
    return std::nullopt;
}

struct Record
{
    int line = 0; // where the row starts, 1-based
    QStringList cells;
};

bool blank(const Record &record)
{
    return std::all_of(record.cells.cbegin(), record.cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

// The separator of a header line: whichever of , ; and tab it holds most
// often outside quotes (a comma on a tie).
QChar detectSeparator(const QString &header)
{
    std::array<int, 3> counts{};
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : header) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        for (std::size_t i = 0; i < candidates.size() && !quoted; ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

// RFC 4180 over lines: one record from lines[index], which may span several
// lines when a quoted field holds line breaks (kept as "\n"). Spaces around
// an unquoted field and around the quotes of a quoted one are not part of it,
// as a hand-written "date, title" means.
class RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    RecordParser(const QStringList &lines, qsizetype first, QChar separator, const QString &fileName)
        : m_lines(lines)
        , m_separator(separator)
        , m_fileName(fileName)
        , m_index(first)
    {
    }

    bool atEnd() const { return m_index >= m_lines.size(); }

    Result<Record> next()
    {
        Record record;
        record.line = int(m_index) + 1;
        QString line = m_lines.at(m_index++);
        qsizetype pos = 0;
        for (;;) {
            while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
                ++pos;
            QString cell;
            if (pos < line.size() && line.at(pos) == QLatin1Char('"')) {
                ++pos;
                for (;;) {
                    if (pos >= line.size()) {
                        if (atEnd())
                            return Error(tr("%1: a quoted field opened on this row is never closed")
                                             .arg(TextLines::location(m_fileName, record.line)));
                        cell += QLatin1Char('\n');
                        line = m_lines.at(m_index++);
                        pos = 0;
                        continue;
                    }
                    const QChar c = line.at(pos++);
                    if (c != QLatin1Char('"')) {
                        cell += c;
                    } else if (pos < line.size() && line.at(pos) == QLatin1Char('"')) {
                        cell += c;
                        ++pos;
                    } else {
                        break;
                    }
                }
                while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
                    ++pos;
                if (pos < line.size() && line.at(pos) != m_separator) {
                    return Error(tr("%1: text after the closing quote of field %2; a quote inside a quoted field is written twice (\"\")")
                                     .arg(TextLines::location(m_fileName, record.line))
                                     .arg(record.cells.size() + 1));
                }
            } else {
                qsizetype end = line.indexOf(m_separator, pos);
                if (end < 0)
                    end = line.size();
                cell = line.sliced(pos, end - pos).trimmed();
                pos = end;
            }
            record.cells << cell;
            if (pos >= line.size())
                return record;
            ++pos; // the separator
        }
    }

private:
    const QStringList &m_lines;
    QChar m_separator;
    QString m_fileName;
    qsizetype m_index;
};

QStringList words(const QString &cell)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        qsizetype symbols = 0;
        while (symbols < word.size() && (word.at(symbols) == QLatin1Char('#') || word.at(symbols) == QLatin1Char('@')))
            ++symbols;
        if (symbols < word.size())
            out << word.mid(symbols).toLower();
        word.clear();
    };
    for (const QChar c : cell) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';'))
            flush();
        else
            word += c;
    }
    flush();
    return out;
}

Result<QDate> parseDate(const QString &cell)
{
    // ISO, maybe with the time a spreadsheet writes for a date-time cell (a
    // win keeps only the day); DD.MM.YYYY, which only ever means day first.
    static const QRegularExpression iso(
        u"^(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    static const QRegularExpression slashed(u"^\\d{1,4}/\\d{1,2}/\\d{1,4}$"_s);
    if (const QRegularExpressionMatch m = iso.match(cell); m.hasMatch())
        return DateExpression::parse(m.captured(1), QDate());
    if (const QRegularExpressionMatch m = dotted.match(cell); m.hasMatch()) {
        const QString asIso = u"%1-%2-%3"_s.arg(m.captured(3), m.captured(2).rightJustified(2, QLatin1Char('0')),
                                                m.captured(1).rightJustified(2, QLatin1Char('0')));
        return DateExpression::parse(asIso, QDate());
    }
    if (slashed.match(cell).hasMatch()) {
        return Error(CsvReader::tr("the date '%1' could be day/month or month/day; write it as YYYY-MM-DD (or DD.MM.YYYY)").arg(cell));
    }
    return Error(CsvReader::tr("'%1' is not a date; write it as YYYY-MM-DD (or DD.MM.YYYY)").arg(cell));
}

Result<bool> parseStarred(const QString &cell)
{
    static const QStringList yes = {u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"x"_s, u"\u2605"_s};
    static const QStringList no = {u""_s, u"no"_s, u"n"_s, u"false"_s, u"0"_s};
    const QString lower = cell.trimmed().toLower();
    if (yes.contains(lower))
        return true;
    if (no.contains(lower))
        return false;
    return Error(CsvReader::tr("starred is '%1'; write yes or no (or true/false, 1/0, x, \u2605, or leave it empty)").arg(cell));
}

// Which field each column holds; -1 for a column Ladder has no field for.
Result<QList<int>> mapColumns(const Record &header, const ReadOptions &options, const QString &fileName)
{
    const QString where = TextLines::location(fileName, header.line);
    QList<int> fields(header.cells.size(), -1);
    std::array<bool, FieldCount> taken{};
    // Named by the map first: the person said so.
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it) {
        const std::optional<Field> field = fieldNamed(it.key());
        if (!field || FieldNames[std::size_t(*field)] != it.key().toLower())
            return Error(CsvReader::tr("%1: cannot map a column to '%2'; the fields are %3")
                             .arg(fileName, it.key(), QStringList(FieldNames.cbegin(), FieldNames.cend()).join(u", "_s)));
        const auto named = std::find_if(header.cells.cbegin(), header.cells.cend(), [&](const QString &cell) {
            return cell.trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0;
        });
        const qsizetype column = named - header.cells.cbegin();
        if (named == header.cells.cend())
            return Error(CsvReader::tr("%1: the header has no column '%2' (to read as %3)").arg(where, it.value(), it.key()));
        fields[column] = *field;
        taken[std::size_t(*field)] = true;
    }
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        if (fields[i] >= 0)
            continue;
        const std::optional<Field> field = fieldNamed(header.cells.at(i).trimmed());
        if (field && !taken[std::size_t(*field)]) {
            fields[i] = *field;
            taken[std::size_t(*field)] = true;
        }
    }
    QStringList missing;
    for (const Field field : {Date, Title}) {
        if (!taken[std::size_t(field)])
            missing << CsvReader::tr("no %1 column").arg(FieldNames[std::size_t(field)]);
    }
    if (!missing.isEmpty())
        return Error(CsvReader::tr("%1: the header has %2 (name them so, or map other columns to them)")
                         .arg(where, missing.join(CsvReader::tr(" and "))));
    return fields;
}

} // namespace

Result<QList<ImportedWin>> CsvReader::read(const QByteArray &data, const QString &fileName, const ReadOptions &options)
{
    Result<QStringList> lines = TextLines::split(data, fileName);
    if (!lines)
        return lines.error();
    // Blank lines before the header are no header.
    qsizetype first = 0;
    while (first < lines->size() && lines->at(first).trimmed().isEmpty())
        ++first;
    if (first == lines->size())
        return Error(tr("%1: the file is empty; a CSV file starts with a header row (date, title, …)").arg(fileName));
    RecordParser parser(*lines, first, detectSeparator(lines->at(first)), fileName);
    Result<Record> header = parser.next();
    if (!header)
        return header.error();
    Result<QList<int>> fields = mapColumns(*header, options, fileName);
    if (!fields)
        return fields.error();

    QList<ImportedWin> wins;
    SourceIds ids(u"csv"_s);
    QHash<QString, int> uuids; // to the line that gave it first
    const qsizetype idColumn = fields->indexOf(Id);
    const bool hasSkills = fields->contains(Skills);
    while (!parser.atEnd()) {
        Result<Record> record = parser.next();
        if (!record)
            return record.error();
        if (blank(*record))
            continue; // a spreadsheet's empty row
        const QString where = TextLines::location(fileName, record->line);
        if (record->cells.size() != header->cells.size())
            return Error(tr("%1: this row has %2 fields, the header %3").arg(where).arg(record->cells.size()).arg(header->cells.size()));

        std::array<QString, FieldCount> cells;
        QStringList extra;
        for (qsizetype i = 0; i < record->cells.size(); ++i) {
            const QString cell = CsvCells::unguard(record->cells.at(i));
            const int field = fields->at(i);
            if (field >= 0)
                cells[std::size_t(field)] = cell;
            else if (!cell.trimmed().isEmpty())
                extra << header->cells.at(i).trimmed() + u": "_s + cell;
        }
        ImportedWin entry;
        entry.location = where;
        Win &win = entry.win;
        if (cells[Date].trimmed().isEmpty())
            return Error(tr("%1: the row has no date").arg(where));
        Result<QDate> date = parseDate(cells[Date].trimmed());
        if (!date)
            return date.error().at(where);
        win.date = *date;
        win.title = cells[Title].trimmed();
        if (win.title.isEmpty())
            return Error(tr("%1: the row has no title").arg(where));
        win.body = cells[Body];
        if (!extra.isEmpty())
            win.body += (win.body.trimmed().isEmpty() ? QString() : u"\n\n"_s) + extra.join(QLatin1Char('\n'));
        win.impact = cells[Impact];
        // Titles and impacts are one line everywhere in Ladder (docs/formats.md).
        for (const auto &[name, text] : {std::pair(u"title"_s, win.title), std::pair(u"impact"_s, win.impact)}) {
            if (const QString why = JsonCheck::notOneLine(text); !why.isEmpty())
                return Error(tr("%1: the %2 %3").arg(where, name, why));
        }
        win.tags = words(cells[Tags]);
        win.skillSlugs = words(cells[Skills]);
        // A sheet with a skills column says which words are skills: its
        // tags stay tags even when one is named like a skill.
        entry.skillsSeparate = hasSkills;
        Result<bool> starred = parseStarred(cells[Starred]);
        if (!starred)
            return starred.error().at(where);
        win.starred = *starred;
        // A UUID names the row whatever its text becomes; anything else in an
        // id column (a row number, which the next sheet reuses) only tells
        // rows apart.
        const QString id = cells[Id].trimmed();
        win.uuid = SourceIds::uuid(id);
        if (!win.uuid.isEmpty()) {
            // Two rows with one UUID would be one win: the second left out.
            if (const auto earlier = uuids.constFind(win.uuid); earlier != uuids.cend())
                return Error(tr("%1: the same %2 as line %3").arg(where, header->cells.at(idColumn).trimmed()).arg(*earlier));
            uuids.insert(win.uuid, record->line);
        }
        win.source = !win.uuid.isEmpty()
            ? ids.own(win.uuid)
            : ids.next({QString::fromLatin1(IsoTime::formatDate(win.date)), win.title, win.body, win.impact,
                        win.tags.join(QLatin1Char(' ')), win.skillSlugs.join(QLatin1Char(' ')), win.starred ? u"1"_s : u"0"_s, id});
        wins << std::move(entry);
    }
    return wins;
}

} // namespace ladder
