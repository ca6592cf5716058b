// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalJson.h"

#include "JsonCheck.h"
#include "storage/WinLimits.h"

#include <QJsonArray>

namespace ladder {

namespace {

// Ids are SQLite integers; JSON numbers are exact up to 2^53.
constexpr qint64 MaxId = qint64(1) << 53;

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A missing or null date is "none"; anything else must be YYYY-MM-DD.
Result<QDate> dateFrom(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QDate();
    if (!v.isString())
        return Error(GoalJson::tr("%1.%2: must be a date (YYYY-MM-DD) or null, not %3").arg(where, key, JsonCheck::describe(v)));
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid() || v.toString().size() != 10)
        return Error(GoalJson::tr("%1.%2: '%3' is not a date (YYYY-MM-DD)").arg(where, key, JsonCheck::printable(v.toString())));
    return d;
}

Result<void> onlyKeys(const QJsonObject &o, const QStringList &keys, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return Error(GoalJson::tr("%1: unknown key").arg(JsonCheck::path(where, it.key())));
    }
    return {};
}

} // namespace

QJsonObject goalToJson(const Goal &g)
{
    QJsonArray milestones;
    for (const Milestone &m : g.milestones) {
        milestones.append(QJsonObject{{QStringLiteral("n"), m.position},
                                      {QStringLiteral("uuid"), m.uuid},
                                      {QStringLiteral("text"), m.text},
                                      {QStringLiteral("due"), dateValue(m.due)},
                                      {QStringLiteral("done_on"), dateValue(m.doneOn)}});
    }
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("uuid"), g.uuid},
                       {QStringLiteral("title"), g.title},
                       {QStringLiteral("note"), g.note},
                       {QStringLiteral("status"), goalStatusKey(g.status)},
                       {QStringLiteral("created_on"), dateValue(g.createdOn)},
                       {QStringLiteral("due"), dateValue(g.due)},
                       {QStringLiteral("closed_on"), dateValue(g.closedOn)},
                       {QStringLiteral("skills"), QJsonArray::fromStringList(g.skillSlugs)},
                       {QStringLiteral("progress"), qRound(g.progress() * 100)},
                       {QStringLiteral("milestones"), milestones}};
}

Result<Goal> goalFromJson(const QJsonObject &o, const QString &where)
{
    if (auto keys = onlyKeys(o,
                             {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("note"),
                              QStringLiteral("status"), QStringLiteral("created_on"), QStringLiteral("due"), QStringLiteral("closed_on"),
                              QStringLiteral("skills"), QStringLiteral("progress"), QStringLiteral("milestones")},
                             where);
        !keys)
        return keys.error();
    using L = QLatin1StringView;
    Goal g;
    Result<qint64> id = JsonCheck::wholeNumber(o.value(QStringLiteral("id")), where, L("id"), 1, MaxId);
    if (!id)
        return id.error();
    g.id = *id;
    Result<QString> uuid = JsonCheck::uuid(o.value(QStringLiteral("uuid")), where, L("uuid"));
    if (!uuid)
        return uuid.error();
    g.uuid = *uuid;
    Result<QString> title
        = JsonCheck::text(o.value(QStringLiteral("title")), where, L("title"), JsonCheck::Lines::One, WinLimits::TitleLength, true);
    if (!title)
        return title.error();
    g.title = *title;
    Result<QString> note
        = JsonCheck::text(o.value(QStringLiteral("note")), where, L("note"), JsonCheck::Lines::Many, WinLimits::TextLength);
    if (!note)
        return note.error();
    g.note = *note;
    const QJsonValue status = o.value(QStringLiteral("status"));
    if (!status.isUndefined() && (!status.isString() || !goalStatusFromKey(status.toString(), &g.status)))
        return Error(GoalJson::tr("%1.status: must be \"open\", \"done\" or \"dropped\", not %2").arg(where, JsonCheck::describe(status)));
    for (auto [key, target] : {std::pair{QStringLiteral("created_on"), &g.createdOn}, std::pair{QStringLiteral("due"), &g.due},
                               std::pair{QStringLiteral("closed_on"), &g.closedOn}}) {
        Result<QDate> d = dateFrom(o, key, where);
        if (!d)
            return d.error();
        *target = *d;
    }
    Result<QStringList> skills = JsonCheck::texts(o.value(QStringLiteral("skills")), where, L("skills"), WinLimits::Skills, 0, true);
    if (!skills)
        return skills.error();
    g.skillSlugs = *skills;
    // Worked out from the milestones: checked for its type, not kept.
    if (Result<qint64> progress = JsonCheck::wholeNumber(o.value(QStringLiteral("progress")), where, L("progress"), 0, 100); !progress)
        return progress.error();
    const QJsonValue milestoneValue = o.value(QStringLiteral("milestones"));
    if (!milestoneValue.isUndefined() && !milestoneValue.isArray())
        return Error(GoalJson::tr("%1.milestones: must be a list, not %2").arg(where, JsonCheck::describe(milestoneValue)));
    const QJsonArray milestones = milestoneValue.toArray();
    if (milestones.size() > WinLimits::Milestones)
        return Error(GoalJson::tr("%1.milestones: must hold at most %2 entries, not %3")
                         .arg(where)
                         .arg(WinLimits::Milestones)
                         .arg(milestones.size()));
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const QString at = where + QStringLiteral(".milestones[%1]").arg(i);
        if (!milestones.at(i).isObject())
            return Error(GoalJson::tr("%1: must be an object, not %2").arg(at, JsonCheck::describe(milestones.at(i))));
        const QJsonObject m = milestones.at(i).toObject();
        if (auto keys = onlyKeys(
                m, {QStringLiteral("n"), QStringLiteral("uuid"), QStringLiteral("text"), QStringLiteral("due"), QStringLiteral("done_on")},
                at);
            !keys)
            return keys.error();
        Milestone milestone;
        milestone.position = int(i) + 1;
        // The position is the place in the list; "n" repeats it for readers.
        if (Result<qint64> n = JsonCheck::wholeNumber(m.value(QStringLiteral("n")), at, L("n"), 1, WinLimits::Milestones); !n)
            return n.error();
        Result<QString> milestoneUuid = JsonCheck::uuid(m.value(QStringLiteral("uuid")), at, L("uuid"));
        if (!milestoneUuid)
            return milestoneUuid.error();
        milestone.uuid = *milestoneUuid;
        Result<QString> text
            = JsonCheck::text(m.value(QStringLiteral("text")), at, L("text"), JsonCheck::Lines::One, WinLimits::TitleLength, true);
        if (!text)
            return text.error();
        milestone.text = *text;
        Result<QDate> due = dateFrom(m, QStringLiteral("due"), at);
        if (!due)
            return due.error();
        Result<QDate> done = dateFrom(m, QStringLiteral("done_on"), at);
        if (!done)
            return done.error();
        milestone.due = *due;
        milestone.doneOn = *done;
        g.milestones << milestone;
    }
    return g;
}

QJsonObject assessmentToJson(const Assessment &a, const ProficiencyScale &scale)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("uuid"), a.uuid},
                       {QStringLiteral("skill"), a.skillSlug},
                       {QStringLiteral("rating"), a.rating},
                       {QStringLiteral("rating_word"), scale.isValid(a.rating) ? scale.word(a.rating) : QString()},
                       {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
                       {QStringLiteral("note"), a.note},
                       {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)}};
}

Result<Assessment> assessmentFromJson(const QJsonObject &o, const QString &where)
{
    if (auto keys = onlyKeys(o,
                             {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("skill"), QStringLiteral("rating"),
                              QStringLiteral("rating_word"), QStringLiteral("date"), QStringLiteral("note"), QStringLiteral("created_at")},
                             where);
        !keys)
        return keys.error();
    using L = QLatin1StringView;
    Assessment a;
    Result<qint64> id = JsonCheck::wholeNumber(o.value(QStringLiteral("id")), where, L("id"), 1, MaxId);
    if (!id)
        return id.error();
    a.id = *id;
    Result<QString> uuid = JsonCheck::uuid(o.value(QStringLiteral("uuid")), where, L("uuid"));
    if (!uuid)
        return uuid.error();
    a.uuid = *uuid;
    Result<QString> skill = JsonCheck::slug(o.value(QStringLiteral("skill")), where, L("skill"), true);
    if (!skill)
        return skill.error();
    a.skillSlug = *skill;
    const QJsonValue rating = o.value(QStringLiteral("rating"));
    if (rating.isUndefined())
        return Error(GoalJson::tr("%1.rating: missing").arg(where));
    // Any framework's scale: which one the rating was given on is not recorded,
    // and a rating is checked against the scale in use where it is used.
    Result<qint64> number = JsonCheck::wholeNumber(rating, where, L("rating"), 0, ProficiencyScale::MaxSteps - 1);
    if (!number)
        return number.error();
    a.rating = int(*number);
    // Worked out from the rating: checked for its type, not kept.
    if (Result<QString> word = JsonCheck::text(o.value(QStringLiteral("rating_word")), where, L("rating_word"), JsonCheck::Lines::One, 100);
        !word)
        return word.error();
    Result<QDate> d = dateFrom(o, QStringLiteral("date"), where);
    if (!d)
        return d.error();
    if (!d->isValid())
        return Error(GoalJson::tr("%1.date: missing").arg(where));
    a.date = *d;
    Result<QString> note
        = JsonCheck::text(o.value(QStringLiteral("note")), where, L("note"), JsonCheck::Lines::Many, WinLimits::TextLength);
    if (!note)
        return note.error();
    a.note = *note;
    const QJsonValue created = o.value(QStringLiteral("created_at"));
    if (!created.isUndefined() && !created.isString())
        return Error(
            GoalJson::tr("%1.created_at: must be a timestamp (YYYY-MM-DDTHH:MM:SS.sssZ), not %2").arg(where, JsonCheck::describe(created)));
    if (!created.toString().isEmpty()) {
        a.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (!a.createdAt.isValid())
            return Error(GoalJson::tr("%1.created_at: '%2' is not a timestamp").arg(where, JsonCheck::printable(created.toString())));
        a.createdAt.setTimeSpec(Qt::UTC);
    }
    return a;
}

} // namespace ladder
