// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayDate.h"

#include <QLocale>

namespace ladder {

QString DisplayDate::text(const QDate &date)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    // ShortFormat's two-digit year (20.11.26) reads ambiguously; keep its order.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

} // namespace ladder
