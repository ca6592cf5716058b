// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinOptions.h"

#include "CommandContext.h"
#include "domain/DateExpression.h"
#include "domain/Suggestion.h"
#include "WinFilterOptions.h"

namespace ladder {

QList<QCommandLineOption> WinOptions::options()
{
    return {
        {QStringLiteral("date"), tr("When it happened (2026-11-20, yesterday, 3 days ago, last friday)."), QStringLiteral("D")},
        {QStringLiteral("impact"), tr("What it changed, for whom (shown in reports)."), QStringLiteral("TEXT")},
        {QStringLiteral("body"), tr("Longer description (Markdown)."), QStringLiteral("TEXT")},
        {QStringLiteral("tag"), tr("Add tag T (repeatable)."), QStringLiteral("T")},
        {QStringLiteral("skill"), tr("Link skill SLUG (repeatable)."), QStringLiteral("SLUG")},
        {QStringLiteral("goal"), tr("Link goal ID (repeatable)."), QStringLiteral("ID")},
        {QStringLiteral("star"), tr("Star it: starred wins come first in reports.")},
    };
}

QStringList WinOptions::repeatable()
{
    return {QStringLiteral("tag"), QStringLiteral("skill"), QStringLiteral("goal")};
}

Result<void> WinOptions::apply(const QCommandLineParser &parser, CommandContext &context, const QStringList &knownSkills, Win &win)
{
    if (parser.isSet(QStringLiteral("date"))) {
        Result<QDate> date = DateExpression::parse(parser.value(QStringLiteral("date")), context.today);
        if (!date)
            return date.error().at(QStringLiteral("--date"));
        win.date = *date;
    }
    if (parser.isSet(QStringLiteral("impact")))
        win.impact = parser.value(QStringLiteral("impact")).trimmed();
    if (parser.isSet(QStringLiteral("body")))
        win.body = parser.value(QStringLiteral("body")).trimmed();
    win.tags += parser.values(QStringLiteral("tag"));
    const QStringList skills = parser.values(QStringLiteral("skill"));
    for (const QString &slug : skills) {
        if (!knownSkills.contains(slug))
            return unknownSkill(slug, knownSkills).at(QStringLiteral("--skill"));
        win.skillSlugs << slug;
    }
    const QStringList goals = parser.values(QStringLiteral("goal"));
    for (const QString &text : goals) {
        Result<qint64> id = parseId(QStringLiteral("--goal"), text);
        if (!id)
            return id.error();
        win.goalIds << *id;
    }
    if (parser.isSet(QStringLiteral("star")))
        win.starred = true;
    return {};
}

} // namespace ladder
