// SPDX-License-Identifier: GPL-3.0-or-later
#include "Proficiency.h"

#include "ProficiencyScale.h"

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
    return ProficiencyScale().describe();
}

Error Proficiency::outOfRange(const QString &number)
{
    return ProficiencyScale().outOfRange(number);
}

Result<int> Proficiency::parse(const QString &text)
{
    return ProficiencyScale().parse(text);
}

} // namespace ladder
