#include "DateExpression.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

Error invalidDate(const QString &text, const QString &reason)
{
    return Error(QCoreApplication::translate("DateExpression", "invalid date '%1': %2").arg(text, reason));
}

Result<QDate> isoDate(const QString &text, int year, int month, int day)
{
    if (year < 1)
        return invalidDate(text, QCoreApplication::translate("DateExpression", "years start at 0001"));
    if (month < 1 || month > 12)
        return invalidDate(text, QCoreApplication::translate("DateExpression", "months are 01 to 12"));
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth()) {
        return invalidDate(text, QCoreApplication::translate("DateExpression", "%1 has %2 days")
                                     .arg(QLocale().toString(first, u"MMMM yyyy"_s))
                                     .arg(first.daysInMonth()));
    }
    return QDate(year, month, day);
}

// "3 weeks ago": months and years go through addMonths/addYears so that
// "1 month ago" on March 31 clamps to the end of February.
Result<QDate> ago(const QString &text, const QString &count, const QString &unit, const QDate &today)
{
    bool ok = true;
    const int n = count == u"a"_s ? 1 : count.toInt(&ok);
    if (!ok)
        return invalidDate(text, QCoreApplication::translate("DateExpression", "that is too far back"));
    QDate date;
    if (unit == u"day"_s)
        date = today.addDays(-static_cast<qint64>(n));
    else if (unit == u"week"_s)
        date = today.addDays(-7 * static_cast<qint64>(n));
    else if (unit == u"month"_s)
        date = today.addMonths(-n);
    else
        date = today.addYears(-n);
    if (!date.isValid() || date.year() < 1)
        return invalidDate(text, QCoreApplication::translate("DateExpression", "that is too far back"));
    return date;
}

// 1 = Monday, as QDate::dayOfWeek(); 0 when `word` names no weekday.
int weekdayNumber(const QString &word)
{
    static const std::array<QLatin1String, 7> names = {
        "monday"_L1, "tuesday"_L1, "wednesday"_L1, "thursday"_L1, "friday"_L1, "saturday"_L1, "sunday"_L1};
    for (int i = 0; i < 7; ++i) {
        const QLatin1String name = names[std::size_t(i)];
        if (word == name || word == name.left(3))
            return i + 1;
    }
    return 0;
}

} // namespace

Result<QDate> DateExpression::parse(const QString &text, const QDate &today)
{
    const QString input = text.trimmed();
    const QString s = input.simplified().toLower();

    static const QRegularExpression iso(u"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"_s);
    if (const auto m = iso.match(s); m.hasMatch())
        return isoDate(input, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    if (s == u"today"_s)
        return today;
    if (s == u"yesterday"_s)
        return today.addDays(-1);
    if (s == u"tomorrow"_s)
        return today.addDays(1);

    static const QRegularExpression agoRe(u"^([0-9]+|a) (day|week|month|year)s? ago$"_s);
    if (const auto m = agoRe.match(s); m.hasMatch())
        return ago(input, m.captured(1), m.captured(2), today);

    // "friday" may be today; "last friday" never is, so on a Friday it is a week back.
    static const QRegularExpression weekdayRe(u"^(last )?([a-z]+)$"_s);
    if (const auto m = weekdayRe.match(s); m.hasMatch()) {
        if (const int weekday = weekdayNumber(m.captured(2))) {
            int back = (today.dayOfWeek() - weekday + 7) % 7;
            if (back == 0 && m.hasCaptured(1))
                back = 7;
            return today.addDays(-back);
        }
    }

    return Error(QCoreApplication::translate(
                     "DateExpression", "unknown date '%1' (try 2026-11-20, today, yesterday, 3 days ago, last friday)")
                     .arg(input));
}

bool DateExpression::looksLikeDate(const QString &text, const QDate &today)
{
    return parse(text, today).ok();
}

} // namespace ladder
