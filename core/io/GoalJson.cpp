#include "GoalJson.h"

#include "domain/Proficiency.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GoalJson", text);
}

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
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return Error(tr("%1.%2: '%3' is not a date (YYYY-MM-DD)").arg(where, key, v.toString()));
    return d;
}

Result<void> onlyKeys(const QJsonObject &o, const QStringList &keys, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return Error(tr("%1.%2: unknown key").arg(where, it.key()));
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
    if (auto keys = onlyKeys(o, {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("note"),
                                 QStringLiteral("status"), QStringLiteral("created_on"), QStringLiteral("due"),
                                 QStringLiteral("closed_on"), QStringLiteral("skills"), QStringLiteral("progress"),
                                 QStringLiteral("milestones")},
                             where);
        !keys)
        return keys.error();
    Goal g;
    g.id = o.value(QStringLiteral("id")).toInteger();
    g.uuid = o.value(QStringLiteral("uuid")).toString();
    g.title = o.value(QStringLiteral("title")).toString();
    if (g.title.trimmed().isEmpty())
        return Error(tr("%1.title: missing or empty").arg(where));
    g.note = o.value(QStringLiteral("note")).toString();
    if (!goalStatusFromKey(o.value(QStringLiteral("status")).toString(QStringLiteral("open")), &g.status))
        return Error(tr("%1.status: '%2' is not open, done or dropped").arg(where, o.value(QStringLiteral("status")).toString()));
    for (auto [key, target] : {std::pair{QStringLiteral("created_on"), &g.createdOn}, std::pair{QStringLiteral("due"), &g.due},
                               std::pair{QStringLiteral("closed_on"), &g.closedOn}}) {
        Result<QDate> d = dateFrom(o, key, where);
        if (!d)
            return d.error();
        *target = *d;
    }
    for (const QJsonValue &s : o.value(QStringLiteral("skills")).toArray())
        g.skillSlugs << s.toString();
    const QJsonArray milestones = o.value(QStringLiteral("milestones")).toArray();
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const QString at = where + QStringLiteral(".milestones[%1]").arg(i);
        const QJsonObject m = milestones.at(i).toObject();
        Milestone milestone;
        milestone.position = int(i) + 1;
        milestone.uuid = m.value(QStringLiteral("uuid")).toString();
        milestone.text = m.value(QStringLiteral("text")).toString();
        if (milestone.text.trimmed().isEmpty())
            return Error(tr("%1.text: missing or empty").arg(at));
        Result<QDate> due = dateFrom(m, QStringLiteral("due"), at);
        Result<QDate> done = dateFrom(m, QStringLiteral("done_on"), at);
        if (!due)
            return due.error();
        if (!done)
            return done.error();
        milestone.due = *due;
        milestone.doneOn = *done;
        g.milestones << milestone;
    }
    return g;
}

QJsonObject assessmentToJson(const Assessment &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("uuid"), a.uuid},
                       {QStringLiteral("skill"), a.skillSlug},
                       {QStringLiteral("rating"), a.rating},
                       {QStringLiteral("rating_word"), Proficiency::word(a.rating)},
                       {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
                       {QStringLiteral("note"), a.note},
                       {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)}};
}

Result<Assessment> assessmentFromJson(const QJsonObject &o, const QString &where)
{
    if (auto keys = onlyKeys(o, {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("skill"), QStringLiteral("rating"),
                                 QStringLiteral("rating_word"), QStringLiteral("date"), QStringLiteral("note"), QStringLiteral("created_at")},
                             where);
        !keys)
        return keys.error();
    Assessment a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.uuid = o.value(QStringLiteral("uuid")).toString();
    a.skillSlug = o.value(QStringLiteral("skill")).toString();
    if (a.skillSlug.isEmpty())
        return Error(tr("%1.skill: missing").arg(where));
    const QJsonValue rating = o.value(QStringLiteral("rating"));
    if (!rating.isDouble() || !Proficiency::isValid(rating.toInt(-1)))
        return Error(tr("%1.rating: expected a whole number 0-4").arg(where));
    a.rating = rating.toInt();
    Result<QDate> d = dateFrom(o, QStringLiteral("date"), where);
    if (!d)
        return d.error();
    if (!d->isValid())
        return Error(tr("%1.date: missing").arg(where));
    a.date = *d;
    a.note = o.value(QStringLiteral("note")).toString();
    a.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    a.createdAt.setTimeSpec(Qt::UTC);
    return a;
}

} // namespace ladder
