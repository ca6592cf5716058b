#include "Proficiency.h"

#include <QCoreApplication>

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

} // namespace ladder::Proficiency
