#include "WinJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WinJson", text);
}

} // namespace

QJsonObject winToJson(const Win &win)
{
    QJsonArray goals;
    for (qint64 g : win.goalIds)
        goals.append(g);
    return QJsonObject{
        {QStringLiteral("id"), win.id},
        {QStringLiteral("uuid"), win.uuid},
        {QStringLiteral("date"), win.date.toString(Qt::ISODate)},
        {QStringLiteral("title"), win.title},
        {QStringLiteral("body"), win.body},
        {QStringLiteral("impact"), win.impact},
        {QStringLiteral("tags"), QJsonArray::fromStringList(win.tags)},
        {QStringLiteral("skills"), QJsonArray::fromStringList(win.skillSlugs)},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("starred"), win.starred},
        {QStringLiteral("created_at"), win.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), win.updatedAt.toString(Qt::ISODateWithMs)},
    };
}

Result<Win> winFromJson(const QJsonObject &o, const QString &where)
{
    static const QStringList keys = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("date"), QStringLiteral("title"),
                                     QStringLiteral("body"), QStringLiteral("impact"), QStringLiteral("tags"), QStringLiteral("skills"),
                                     QStringLiteral("goals"), QStringLiteral("starred"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return Error(tr("%1.%2: unknown key").arg(where, it.key()));
    }
    Win win;
    win.id = o.value(QStringLiteral("id")).toInteger();
    win.uuid = o.value(QStringLiteral("uuid")).toString();
    win.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!win.date.isValid())
        return Error(tr("%1.date: '%2' is not a date (YYYY-MM-DD)").arg(where, o.value(QStringLiteral("date")).toString()));
    win.title = o.value(QStringLiteral("title")).toString();
    if (win.title.trimmed().isEmpty())
        return Error(tr("%1.title: missing or empty").arg(where));
    win.body = o.value(QStringLiteral("body")).toString();
    win.impact = o.value(QStringLiteral("impact")).toString();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        win.tags << t.toString();
    for (const QJsonValue &s : o.value(QStringLiteral("skills")).toArray())
        win.skillSlugs << s.toString();
    for (const QJsonValue &g : o.value(QStringLiteral("goals")).toArray())
        win.goalIds << g.toInteger();
    win.starred = o.value(QStringLiteral("starred")).toBool();
    for (auto [key, target] : {std::pair{QStringLiteral("created_at"), &win.createdAt}, std::pair{QStringLiteral("updated_at"), &win.updatedAt}}) {
        const QString text = o.value(key).toString();
        if (text.isEmpty())
            continue;
        *target = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!target->isValid())
            return Error(tr("%1.%2: '%3' is not a timestamp").arg(where, key, text));
        target->setTimeSpec(Qt::UTC);
    }
    return win;
}

} // namespace ladder
