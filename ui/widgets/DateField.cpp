// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateField.h"

namespace ladder {

DateField::DateField(QWidget *parent)
    : DateField(QDate(), parent)
{
}

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(parent)
{
    // ISO dates everywhere, as the CLI and every export write them.
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    if (date.isValid())
        setDate(date);
}

bool DateField::focusNextPrevChild(bool next)
{
    // QDateTimeEdit's override moves between sections; skip it.
    return QAbstractSpinBox::focusNextPrevChild(next);
}

} // namespace ladder
