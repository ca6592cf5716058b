// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlTimeFormat.h"

#include <algorithm>
#include <array>
#include <optional>

namespace ladder {

namespace {

constexpr std::array<QLatin1StringView, 12> Months
    = {QLatin1StringView("january"),   QLatin1StringView("february"), QLatin1StringView("march"),    QLatin1StringView("april"),
       QLatin1StringView("may"),       QLatin1StringView("june"),     QLatin1StringView("july"),     QLatin1StringView("august"),
       QLatin1StringView("september"), QLatin1StringView("october"),  QLatin1StringView("november"), QLatin1StringView("december")};

constexpr std::array<QLatin1StringView, 7> Weekdays
    = {QLatin1StringView("monday"), QLatin1StringView("tuesday"),  QLatin1StringView("wednesday"), QLatin1StringView("thursday"),
       QLatin1StringView("friday"), QLatin1StringView("saturday"), QLatin1StringView("sunday")};

// The index of the name `text` gives in full or as its first three letters
// (strptime's %B and %b; either is taken for both, as no name is both).
template<std::size_t N>
std::optional<int> nameIndex(const std::array<QLatin1StringView, N> &names, const QString &text)
{
    const QString lower = text.toLower();
    for (std::size_t i = 0; i < N; ++i) {
        if (lower == names[i] || lower == names[i].left(3))
            return int(i);
    }
    return std::nullopt;
}

} // namespace

Result<JrnlTimeFormat> JrnlTimeFormat::compile(const QString &format)
{
    // The widths strptime takes: %Y four digits, %y two, %j up to three, the
    // others one or two. Values are checked after the match, so that
    // "2026-13-01" is a wrong date rather than no date at all.
    struct Directive
    {
        char16_t letter;
        Field field;
        const char *group;
    };
    static constexpr std::array<Directive, 15> Directives = {{
        {u'Y', Field::Year, "(\\d{4})"},
        {u'y', Field::ShortYear, "(\\d{2})"},
        {u'm', Field::Month, "(\\d{1,2})"},
        {u'd', Field::Day, "(\\d{1,2})"},
        {u'j', Field::DayOfYear, "(\\d{1,3})"},
        {u'H', Field::Hour, "(\\d{1,2})"},
        {u'I', Field::Hour12, "(\\d{1,2})"},
        {u'M', Field::Minute, "(\\d{1,2})"},
        {u'S', Field::Second, "(\\d{1,2})"},
        {u'p', Field::AmPm, "([[:alpha:].]+)"},
        {u'b', Field::MonthName, "([[:alpha:]]+\\.?)"},
        {u'B', Field::MonthName, "([[:alpha:]]+\\.?)"},
        {u'h', Field::MonthName, "([[:alpha:]]+\\.?)"},
        {u'a', Field::WeekdayName, "([[:alpha:]]+\\.?)"},
        {u'A', Field::WeekdayName, "([[:alpha:]]+\\.?)"},
    }};

    JrnlTimeFormat out;
    out.m_format = format.isEmpty() ? defaultFormat() : format;
    const QString &f = out.m_format;
    QString pattern;
    for (qsizetype i = 0; i < f.size(); ++i) {
        const QChar c = f.at(i);
        if (c.isSpace()) {
            // strptime lets any run of white space match any run.
            while (i + 1 < f.size() && f.at(i + 1).isSpace())
                ++i;
            pattern += QStringLiteral("\\s+");
            continue;
        }
        if (c != QLatin1Char('%')) {
            pattern += QRegularExpression::escape(QString(c));
            continue;
        }
        if (i + 1 == f.size())
            return Error(tr("time format '%1' ends in a lone %").arg(f));
        const QChar d = f.at(++i);
        if (d == QLatin1Char('%')) {
            pattern += QStringLiteral("%");
            continue;
        }
        const Directive *directive
            = std::find_if(Directives.cbegin(), Directives.cend(), [&](const Directive &x) { return x.letter == d.unicode(); });
        if (directive == Directives.cend())
            return Error(
                tr("time format '%1': %%2 is not read by Ladder (it reads %Y %y %m %d %j %H %I %p %M %S %b %B %a %A and %%)").arg(f, d));
        const Field field = directive->field;
        if (out.m_fields.contains(field))
            return Error(tr("time format '%1' gives %%2 twice").arg(f, d));
        out.m_fields << field;
        pattern += QLatin1StringView(directive->group);
    }
    const bool year = out.m_fields.contains(Field::Year) || out.m_fields.contains(Field::ShortYear);
    const bool day = (out.m_fields.contains(Field::Month) || out.m_fields.contains(Field::MonthName)) && out.m_fields.contains(Field::Day);
    if (!year || !(day || out.m_fields.contains(Field::DayOfYear)))
        return Error(tr("time format '%1' does not give a date: it needs a year (%Y or %y) and a day (%m or %b with %d, or %j)").arg(f));
    out.m_pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return out;
}

JrnlTimeFormat::Reading JrnlTimeFormat::read(const QString &text) const
{
    Reading reading;
    const QRegularExpressionMatch match = m_pattern.match(text);
    if (!match.hasMatch())
        return reading;
    const auto invalid = [&](const QString &problem) {
        reading.kind = Reading::Kind::Invalid;
        reading.problem = problem;
        return reading;
    };
    const auto withoutDot = [](const QString &name) { return name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name; };
    // strptime's defaults for what the format leaves out.
    int year = 1900, month = 1, day = 1, dayOfYear = 0, hour = 0, minute = 0, second = 0;
    std::optional<int> hour12;
    bool pm = false;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString value = match.captured(int(i) + 1);
        const int number = value.toInt();
        switch (m_fields.at(i)) {
        case Field::Year: year = number; break;
        // POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
        case Field::ShortYear: year = number + (number <= 68 ? 2000 : 1900); break;
        case Field::Month: month = number; break;
        case Field::Day: day = number; break;
        case Field::DayOfYear: dayOfYear = number; break;
        case Field::Hour: hour = number; break;
        case Field::Hour12: hour12 = number; break;
        case Field::Minute: minute = number; break;
        case Field::Second: second = number; break;
        case Field::MonthName: {
            const std::optional<int> index = nameIndex(Months, withoutDot(value));
            if (!index)
                return invalid(tr("'%1' is not the name of a month").arg(value));
            month = *index + 1;
            break;
        }
        case Field::WeekdayName:
            // Read and left aside, as strptime does: the date says the day.
            if (!nameIndex(Weekdays, withoutDot(value)))
                return invalid(tr("'%1' is not the name of a weekday").arg(value));
            break;
        case Field::AmPm: {
            const QString lower = value.toLower().remove(QLatin1Char('.'));
            if (lower != QLatin1String("am") && lower != QLatin1String("pm"))
                return invalid(tr("'%1' is neither AM nor PM").arg(value));
            pm = lower == QLatin1String("pm");
            break;
        }
        }
    }
    if (hour12) {
        if (*hour12 < 1 || *hour12 > 12)
            return invalid(tr("hour %1 is not from 1 to 12").arg(*hour12));
        // strptime: 12 AM is midnight, 12 PM noon; without %p, AM.
        hour = *hour12 % 12 + (pm ? 12 : 0);
    }
    if (month < 1 || month > 12)
        return invalid(tr("month %1 is not from 1 to 12").arg(month));
    if (m_fields.contains(Field::DayOfYear) && !m_fields.contains(Field::Day)) {
        reading.date = QDate(year, 1, 1).addDays(dayOfYear - 1);
        if (reading.date.year() != year)
            return invalid(tr("%1 has no day %2").arg(year).arg(dayOfYear));
    } else {
        reading.date = QDate(year, month, day);
        if (!reading.date.isValid())
            return invalid(tr("%1 has no day %2").arg(QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"))).arg(day));
    }
    if (hour > 23)
        return invalid(tr("hour %1 is not from 0 to 23").arg(hour));
    if (minute > 59)
        return invalid(tr("minute %1 is not from 0 to 59").arg(minute));
    // strptime takes 60 and 61 (leap seconds); a QTime has none.
    if (second > 61)
        return invalid(tr("second %1 is not from 0 to 61").arg(second));
    reading.time = QTime(hour, minute, std::min(second, 59));
    reading.kind = Reading::Kind::Date;
    return reading;
}

} // namespace ladder
