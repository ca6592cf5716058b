// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinText.h"

#include "DateExpression.h"
#include "InlineTags.h"

#include <QSet>

namespace ladder {

namespace {

// `found` once each into `win`'s tags, and those naming a skill into its skills.
void take(const QStringList &found, const QStringList &knownSkillSlugs, WinText &win)
{
    // Sets beside the lists: a text of 100,000 tags is read in linear time.
    const QSet<QString> known(knownSkillSlugs.cbegin(), knownSkillSlugs.cend());
    QSet<QString> seen;
    for (const QString &word : found) {
        if (seen.contains(word))
            continue;
        seen.insert(word);
        win.tags << word;
        if (known.contains(word))
            win.skillSlugs << word;
    }
}

} // namespace

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

    const InlineTags title = InlineTags::ofTitle(firstLine);
    result.title = title.title;
    QStringList found = title.tags;
    InlineTags::find(result.body, found);
    take(found, knownSkillSlugs, result);
    if (result.error.isEmpty() && result.title.isEmpty()) {
        if (!firstLine.isEmpty())
            result.error = tr("the win has no title (only tags were given)");
        else if (result.date.isValid())
            result.error = tr("the win has no title (only a date was given)");
        else
            result.error = tr("the win has no title");
    }
    return result;
}

WinText WinText::parseTitle(const QString &title, const QStringList &knownSkillSlugs)
{
    WinText result;
    const InlineTags parsed = InlineTags::ofTitle(title.section(QLatin1Char('\n'), 0, 0));
    result.title = parsed.title;
    take(parsed.tags, knownSkillSlugs, result);
    if (result.title.isEmpty())
        result.error = parsed.tags.isEmpty() ? tr("the win has no title") : tr("the win has no title (only tags were given)");
    return result;
}

} // namespace ladder
