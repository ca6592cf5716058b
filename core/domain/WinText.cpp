// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinText.h"

#include "DateExpression.h"

#include <QRegularExpression>
#include <QSet>

namespace ladder {

WinText WinText::parse(const QString &text, const QDate &today, const QStringList &knownSkillSlugs)
{
    WinText result;
    QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    result.body = text.section(QLatin1Char('\n'), 1).trimmed();

    // "DATE: rest" — only when what precedes the first colon reads as a date,
    // so "Fix: the login bug" keeps its colon.
    const qsizetype colon = firstLine.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString head = firstLine.left(colon).trimmed();
        Result<QDate> date = DateExpression::parse(head, today);
        if (date) {
            result.date = *date;
            firstLine = firstLine.mid(colon + 1).trimmed();
        } else if (DateExpression::hasDateShape(head)) {
            result.error = tr("the text starts with a date that is not one: %1").arg(date.error().message());
        }
    }
    result.title = firstLine;

    // A tag starts after a space or at the start; trailing punctuation is not
    // part of it ("@perf." tags "perf").
    static const QRegularExpression tagPattern(QStringLiteral("(?:^|(?<=\\s))[@#]([\\w][\\w-]*\\w|\\w)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    // Sets beside the lists: a text of 100,000 tags is read in linear time.
    const QSet<QString> known(knownSkillSlugs.cbegin(), knownSkillSlugs.cend());
    QSet<QString> seen;
    for (const QString &part : {result.title, result.body}) {
        auto it = tagPattern.globalMatch(part);
        while (it.hasNext()) {
            const QString word = it.next().captured(1).toLower();
            if (seen.contains(word))
                continue;
            seen.insert(word);
            result.tags << word;
            if (known.contains(word))
                result.skillSlugs << word;
        }
    }
    return result;
}

} // namespace ladder
