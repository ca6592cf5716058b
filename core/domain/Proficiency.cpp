#include "Proficiency.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ladder::Proficiency {

bool isValid(int value)
{
    return value >= Min && value <= Max;
}

QString word(int value)
{
    switch (value) {
    case 0: return QCoreApplication::translate("Proficiency", "none");
    case 1: return QCoreApplication::translate("Proficiency", "learning");
    case 2: return QCoreApplication::translate("Proficiency", "practising");
    case 3: return QCoreApplication::translate("Proficiency", "fluent");
    case 4: return QCoreApplication::translate("Proficiency", "leading");
    default: return QCoreApplication::translate("Proficiency", "unrated");
    }
}

QString label(int value)
{
    if (!isValid(value))
        return word(value);
    return QString::number(value) + QLatin1Char(' ') + word(value);
}

QString scale()
{
    QStringList labels;
    for (int p = Min; p <= Max; ++p)
        labels << label(p);
    return labels.join(QStringLiteral(", "));
}

Error outOfRange(const QString &number)
{
    return Error(QCoreApplication::translate("Proficiency", "rating %1 is outside 0-4 (%2)").arg(number, scale()));
}

Result<int> parse(const QString &text)
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
    return Error(QCoreApplication::translate("Proficiency", "rating '%1' is not a number 0-4 (%2)").arg(text, scale()));
}

} // namespace ladder::Proficiency
