// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateExpression.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

Error invalidDate(const QString &text, const QString &reason)
{
    return Error(DateExpression::tr("invalid date '%1': %2").arg(text, reason));
}

Result<QDate> isoDate(const QString &text, int year, int month, int day)
{
    if (year < 1)
        return invalidDate(text, DateExpression::tr("years start at 0001"));
    if (month < 1 || month > 12)
        return invalidDate(text, DateExpression::tr("months are 01 to 12"));
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth()) {
        return invalidDate(text,
                           DateExpression::tr("%1 has %2 days").arg(QLocale().toString(first, u"MMMM yyyy"_s)).arg(first.daysInMonth()));
    }
    return QDate(year, month, day);
}

Error outOfRange(const QString &text)
{
    return invalidDate(text,
                       DateExpression::tr("dates run from %1 to %2")
                           .arg(DateExpression::earliest().toString(Qt::ISODate), DateExpression::latest().toString(Qt::ISODate)));
}

// 1 = Monday, as QDate::dayOfWeek(); 0 when `word` names no weekday.
int weekdayNumber(const QString &word)
{
    static const std::array<QLatin1String, 7> names
        = {"monday"_L1, "tuesday"_L1, "wednesday"_L1, "thursday"_L1, "friday"_L1, "saturday"_L1, "sunday"_L1};
    for (int i = 0; i < 7; ++i) {
        const QLatin1String name = names[std::size_t(i)];
        if (word == name || word == name.left(3))
            return i + 1;
    }
    return 0;
}

} // namespace

QDate DateExpression::earliest()
{
    return QDate(1, 1, 1);
}

QDate DateExpression::latest()
{
    return QDate(9999, 12, 31);
}

Result<QDate> DateExpression::inRange(const QString &text, const QDate &date)
{
    if (!date.isValid() || date < earliest() || date > latest())
        return outOfRange(text);
    return date;
}

Result<QDate> DateExpression::move(const QString &text, const QString &count, const QString &unit, int direction, const QDate &today)
{
    bool ok = true;
    const qint64 n = count == u"a"_s || count == u"an"_s ? 1 : count.toLongLong(&ok);
    // Past these counts a date leaves the calendar whatever today is; within
    // them QDate's int arithmetic cannot overflow.
    const qint64 limit = unit == u"day"_s ? 3660000 : unit == u"week"_s ? 530000 : unit == u"month"_s ? 120000 : 10000;
    if (!ok || n < 0 || n > limit || !today.isValid())
        return outOfRange(text);
    const int signedCount = direction < 0 ? -int(n) : int(n);
    QDate date;
    if (unit == u"day"_s)
        date = today.addDays(signedCount);
    else if (unit == u"week"_s)
        date = today.addDays(7 * qint64(signedCount));
    else if (unit == u"month"_s)
        date = today.addMonths(signedCount); // clamps: "1 month ago" on March 31 is the end of February
    else
        date = today.addYears(signedCount);
    return inRange(text, date);
}

Result<QDate> DateExpression::parse(const QString &text, const QDate &today)
{
    const QString input = text.trimmed();
    const QString s = input.simplified().toLower();

    static const QRegularExpression iso(u"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"_s);
    if (const auto m = iso.match(s); m.hasMatch())
        return isoDate(input, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    if (s == u"today"_s)
        return inRange(input, today);
    if (s == u"yesterday"_s)
        return inRange(input, today.addDays(-1));
    if (s == u"tomorrow"_s)
        return inRange(input, today.addDays(1));

    static const QRegularExpression agoRe(u"^([0-9]+|an?) (day|week|month|year)s? ago$"_s);
    if (const auto m = agoRe.match(s); m.hasMatch())
        return move(input, m.captured(1), m.captured(2), -1, today);

    // "friday" may be today; "last friday" never is, so on a Friday it is a week back.
    static const QRegularExpression weekdayRe(u"^(last )?([a-z]+)$"_s);
    if (const auto m = weekdayRe.match(s); m.hasMatch()) {
        if (const int weekday = weekdayNumber(m.captured(2))) {
            int back = (today.dayOfWeek() - weekday + 7) % 7;
            if (back == 0 && m.hasCaptured(1))
                back = 7;
            return inRange(input, today.addDays(-back));
        }
    }

    return Error(tr("unknown date '%1' (try 2026-11-20, today, yesterday, 3 days ago, last friday)").arg(input));
}

bool DateExpression::looksLikeDate(const QString &text, const QDate &today)
{
    return parse(text, today).ok();
}

bool DateExpression::hasDateShape(const QString &text)
{
    // Digits and dashes ("2026-02-30", "2026-2-3"), and the counted forms
    // ("3000000 days ago", "in 3 weeks"): a typo or an impossible value in one
    // of these is a bad date, not ordinary text.
    static const QRegularExpression shape(
        u"^(?:[0-9]+(?:-[0-9]+)+|(?:[0-9]+|an?) (?:day|week|month|year)s? ago|in (?:[0-9]+|an?) (?:day|week|month|year)s?)$"_s);
    return shape.match(text.simplified().toLower()).hasMatch();
}

} // namespace ladder
