// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProficiencyScale.h"

#include "Proficiency.h"

#include <QRegularExpression>
#include <QStringList>

namespace ladder {

ProficiencyScale::ProficiencyScale(QList<ScaleStep> steps)
    : m_steps(std::move(steps))
{
}

int ProficiencyScale::max() const
{
    return isBuiltIn() ? Proficiency::Max : int(m_steps.size()) - 1;
}

QString ProficiencyScale::word(int value) const
{
    if (isBuiltIn())
        return Proficiency::word(value);
    if (!isValid(value))
        return Proficiency::tr("unrated");
    return m_steps.at(value).name;
}

QString ProficiencyScale::label(int value) const
{
    if (!isValid(value))
        return word(value);
    return QString::number(value) + QLatin1Char(' ') + word(value);
}

QString ProficiencyScale::describe() const
{
    QStringList labels;
    for (int p = min(); p <= max(); ++p)
        labels << label(p);
    return labels.join(QStringLiteral(", "));
}

QString ProficiencyScale::range() const
{
    return QStringLiteral("%1-%2").arg(min()).arg(max());
}

Error ProficiencyScale::outOfRange(const QString &number) const
{
    return Error(tr("rating %1 is outside %2 (%3)").arg(number, range(), describe()));
}

Result<int> ProficiencyScale::parse(const QString &text) const
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (isNumber) {
        if (!isValid(number))
            return outOfRange(QString::number(number));
        return number;
    }
    for (int p = min(); p <= max(); ++p) {
        if (trimmed.compare(word(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    // Digits too many for a number are still a number outside the scale.
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (digits.match(trimmed).hasMatch())
        return outOfRange(trimmed);
    return Error(tr("rating '%1' is not a number %2 (%3)").arg(text, range(), describe()));
}

} // namespace ladder
