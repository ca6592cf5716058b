// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateOptions.h"

#include "domain/DateExpression.h"

#include <QRegularExpression>

namespace ladder {

Result<QDate> readDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today)
{
    if (!parser.isSet(name))
        return QDate();
    Result<QDate> date = DateExpression::parse(parser.value(name), today);
    if (!date)
        return date.error().at(QStringLiteral("--") + name);
    return date;
}

Result<QDate> readDueDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today)
{
    if (!parser.isSet(name))
        return QDate();
    const QString typed = parser.value(name).trimmed();
    const QString text = typed.simplified().toLower();
    const QString option = QStringLiteral("--") + name;
    static const QRegularExpression in(QStringLiteral("^in ([0-9]+|an?) (day|week|month|year)s?$"));
    if (const QRegularExpressionMatch m = in.match(text); m.hasMatch()) {
        Result<QDate> ahead = DateExpression::move(typed, m.captured(1), m.captured(2), 1, today);
        if (!ahead)
            return ahead.error().at(option);
        return ahead;
    }
    // DateExpression reads a weekday as the latest one, today included; a due
    // date wants the coming one.
    static const QRegularExpression weekday(QStringLiteral("^(next )?([a-z]+)$"));
    if (const QRegularExpressionMatch m = weekday.match(text); m.hasMatch()) {
        const QString word = m.captured(2);
        if (word != QLatin1String("today") && word != QLatin1String("yesterday") && word != QLatin1String("tomorrow")) {
            const Result<QDate> latest = DateExpression::parse(word, today);
            if (latest) {
                Result<QDate> coming = DateExpression::inRange(typed, *latest < today || m.hasCaptured(1) ? latest->addDays(7) : *latest);
                if (!coming)
                    return coming.error().at(option);
                return coming;
            }
        }
    }
    return readDateOption(parser, name, today);
}

Result<QDate> readPastDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today)
{
    Result<QDate> date = readDateOption(parser, name, today);
    if (!date)
        return date;
    if (!date->isValid())
        return today;
    if (*date > today)
        return Error(DateOptions::tr("--%1 %2: %3 is in the future (today is %4)")
                         .arg(name, parser.value(name), date->toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return date;
}

} // namespace ladder
