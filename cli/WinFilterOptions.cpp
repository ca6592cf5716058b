// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinFilterOptions.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "domain/DateExpression.h"
#include "domain/Period.h"
#include "domain/Suggestion.h"

#include <limits>

namespace ladder {

namespace {

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, const QDate &today)
{
    const QString text = parser.value(name);
    Result<QDate> date = DateExpression::parse(text, today);
    if (!date)
        return date.error().at(QStringLiteral("--") + name);
    return date;
}

} // namespace

Result<qint64> parseId(const QString &option, const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(WinFilterOptions::tr("%1 %2: not an id (a whole number such as 12)").arg(option, text));
    return id;
}

QList<QCommandLineOption> WinFilterOptions::options()
{
    return {
        {QStringLiteral("from"), tr("Wins on or after date D."), QStringLiteral("D")},
        {QStringLiteral("to"), tr("Wins on or before date D."), QStringLiteral("D")},
        {QStringLiteral("on"), tr("Wins on date D."), QStringLiteral("D")},
        {QStringLiteral("period"), tr("Wins in period P (2026, 2026-H2, 2026-Q3, 2026-11, this-quarter, D..D)."), QStringLiteral("P")},
        {QStringLiteral("skill"), tr("Wins linked to skill SLUG."), QStringLiteral("SLUG")},
        {QStringLiteral("tag"), tr("Wins tagged T."), QStringLiteral("T")},
        {QStringLiteral("goal"), tr("Wins linked to goal ID."), QStringLiteral("ID")},
        {QStringLiteral("starred"), tr("Starred wins only.")},
        {QStringLiteral("limit"), tr("At most N wins (newest first)."), QStringLiteral("N")},
    };
}

Result<WinFilter> WinFilterOptions::read(const QCommandLineParser &parser, CommandContext &context)
{
    WinFilter filter;
    if (parser.isSet(QStringLiteral("period"))) {
        Result<Period> period = Period::parse(parser.value(QStringLiteral("period")), context.today);
        if (!period)
            return period.error().at(QStringLiteral("--period"));
        filter.from = period->from;
        filter.to = period->to;
    }
    if (parser.isSet(QStringLiteral("on"))) {
        Result<QDate> on = dateOption(parser, QStringLiteral("on"), context.today);
        if (!on)
            return on.error();
        filter.from = *on;
        filter.to = *on;
    }
    if (parser.isSet(QStringLiteral("from"))) {
        Result<QDate> from = dateOption(parser, QStringLiteral("from"), context.today);
        if (!from)
            return from.error();
        filter.from = *from;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        Result<QDate> to = dateOption(parser, QStringLiteral("to"), context.today);
        if (!to)
            return to.error();
        filter.to = *to;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Error(tr("--to %1 is before --from %2").arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    if (parser.isSet(QStringLiteral("skill")))
        filter.skillSlug = parser.value(QStringLiteral("skill"));
    filter.tag = parser.value(QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("goal"))) {
        Result<qint64> goal = parseId(QStringLiteral("--goal"), parser.value(QStringLiteral("goal")));
        if (!goal)
            return goal.error();
        filter.goalId = *goal;
    }
    filter.starredOnly = parser.isSet(QStringLiteral("starred"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const QString limit = parser.value(QStringLiteral("limit"));
        const qlonglong wide = limit.trimmed().toLongLong(&ok);
        // A large count is a count: "at most", not "not a number".
        if (ok && wide > std::numeric_limits<int>::max())
            return Error(tr("--limit %1: too large (at most %2)").arg(limit).arg(std::numeric_limits<int>::max()));
        filter.limit = int(wide);
        if (!ok || filter.limit <= 0)
            return Error(tr("--limit %1: not a positive whole number").arg(limit));
    }
    return filter;
}

Result<void> WinFilterOptions::checkSkill(const WinFilter &filter, Workspace &workspace)
{
    if (filter.skillSlug.isEmpty())
        return {};
    Result<QStringList> known = workspace.frameworks().skillSlugs();
    if (!known)
        return known.error();
    if (!known->contains(filter.skillSlug))
        return unknownSkill(filter.skillSlug, *known).at(QStringLiteral("--skill"));
    return {};
}

} // namespace ladder
