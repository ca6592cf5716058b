#include "WinJson.h"

#include "JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WinJson", text);
}

} // namespace

void writeWinJson(JsonWriter &w, const Win &win)
{
    // Keys in alphabetical order, as QJsonDocument writes them, so that the
    // records read the same whichever way they were made.
    w.beginObject();
    w.field("body", win.body);
    w.key("created_at").instant(win.createdAt);
    w.key("date").date(win.date);
    w.field("goals", win.goalIds);
    w.field("id", win.id);
    w.field("impact", win.impact);
    w.field("skills", win.skillSlugs);
    w.field("starred", win.starred);
    w.field("tags", win.tags);
    w.field("title", win.title);
    w.key("updated_at").instant(win.updatedAt);
    w.field("uuid", win.uuid);
    w.endObject();
}

QByteArray winToJson(const Win &win)
{
    QByteArray out;
    JsonWriter writer(out);
    writeWinJson(writer, win);
    return out;
}

QJsonObject winToJsonObject(const Win &win)
{
    return QJsonDocument::fromJson(winToJson(win)).object();
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
