// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "domain/DateExpression.h"
#include "domain/Period.h"
#include "domain/WinText.h"

#include <QByteArray>

using namespace ladder;

int fuzz::dates(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray detail = "input: '" + text.toUtf8() + "'";
    static const QStringList slugs = {QStringLiteral("debugging"), QStringLiteral("system-design"), QStringLiteral("testing")};
    // An ordinary day, a leap day, the last day of a year.
    for (const QDate &today : {QDate(2026, 11, 22), QDate(2024, 2, 29), QDate(2026, 12, 31)}) {
        const Result<QDate> date = DateExpression::parse(text, today);
        if (date)
            FUZZ_CHECK("dates", date->isValid() && date->year() >= 1, detail.constData());
        else
            FUZZ_CHECK("dates", !date.error().message().isEmpty(), detail.constData());
        FUZZ_CHECK("dates", DateExpression::looksLikeDate(text, today) == date.ok(), detail.constData());

        const Result<Period> period = Period::parse(text, today);
        if (period) {
            FUZZ_CHECK("dates", period->from.isValid() && period->to.isValid(), detail.constData());
            FUZZ_CHECK("dates", period->from <= period->to, detail.constData());
            // A single date expression is a one-day period.
            if (date)
                FUZZ_CHECK("dates", period->from == *date && period->to == *date, detail.constData());
        } else {
            FUZZ_CHECK("dates", !period.error().message().isEmpty(), detail.constData());
        }

        const WinText win = WinText::parse(text, today, slugs);
        FUZZ_CHECK("dates", !win.title.contains(QLatin1Char('\n')), detail.constData());
        FUZZ_CHECK("dates", win.date.isNull() || win.date.isValid(), detail.constData());
        for (const QString &slug : win.skillSlugs)
            FUZZ_CHECK("dates", slugs.contains(slug), detail.constData());
        for (const QString &tag : win.tags)
            FUZZ_CHECK("dates", !tag.isEmpty() && !tag.contains(QLatin1Char(' ')), detail.constData());
    }
    return 0;
}
