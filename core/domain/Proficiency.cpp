// SPDX-License-Identifier: GPL-3.0-or-later
#include "Proficiency.h"

#include <QRegularExpression>
#include <QStringList>

namespace ladder {

bool Proficiency::isValid(int value)
{
    return value >= Min && value <= Max;
}

QString Proficiency::word(int value)
{
    switch (value) {
    case 0: return tr("none");
    case 1: return tr("learning");
    case 2: return tr("practising");
    case 3: return tr("fluent");
    case 4: return tr("leading");
    default: return tr("unrated");
    }
}

QString Proficiency::label(int value)
{
    if (!isValid(value))
        return word(value);
    return QString::number(value) + QLatin1Char(' ') + word(value);
}

QString Proficiency::scale()
{
    QStringList labels;
    for (int p = Min; p <= Max; ++p)
        labels << label(p);
    return labels.join(QStringLiteral(", "));
}

Error Proficiency::outOfRange(const QString &number)
{
    return Error(tr("rating %1 is outside 0-4 (%2)").arg(number, scale()));
}

Result<int> Proficiency::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (isNumber) {
        if (!isValid(number))
            return outOfRange(QString::number(number));
        return number;
    }
    for (int p = Min; p <= Max; ++p) {
        if (trimmed.compare(word(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    // Digits too many for a number are still a number outside the scale.
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (digits.match(trimmed).hasMatch())
        return outOfRange(trimmed);
    return Error(tr("rating '%1' is not a number 0-4 (%2)").arg(text, scale()));
}

} // namespace ladder
