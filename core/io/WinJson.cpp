#include "WinJson.h"

#include "JsonWriter.h"
#include "domain/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>

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
    {
        JsonWriter writer(out);
        writeWinJson(writer, win);
    }
    return out;
}

QJsonObject winToJsonObject(const Win &win)
{
    return QJsonDocument::fromJson(winToJson(win)).object();
}

Result<Win> winFromJson(const QJsonObject &o, const QString &where)
{
    // One pass over the keys (an import reads 100,000 of these objects; a
    // lookup per key, twelve times, cost more than the parse): the values are
    // picked up first, the first unknown key (in Qt's sorted key order) wins.
    QJsonValue id, uuid, date, title, body, impact, tags, skills, goals, starred, createdAt, updatedAt;
    const std::pair<QLatin1StringView, QJsonValue *> known[] = {
        {QLatin1StringView("body"), &body},       {QLatin1StringView("created_at"), &createdAt}, {QLatin1StringView("date"), &date},
        {QLatin1StringView("goals"), &goals},     {QLatin1StringView("id"), &id},                {QLatin1StringView("impact"), &impact},
        {QLatin1StringView("skills"), &skills},   {QLatin1StringView("starred"), &starred},      {QLatin1StringView("tags"), &tags},
        {QLatin1StringView("title"), &title},     {QLatin1StringView("updated_at"), &updatedAt}, {QLatin1StringView("uuid"), &uuid},
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        QJsonValue *target = nullptr;
        for (const auto &[name, slot] : known) {
            if (key == name) {
                target = slot;
                break;
            }
        }
        if (!target)
            return Error(tr("%1.%2: unknown key").arg(where, key));
        *target = it.value();
    }
    Win win;
    win.id = id.toInteger();
    win.uuid = uuid.toString();
    const QString dateText = date.toString();
    const QByteArray dateUtf8 = dateText.toUtf8();
    win.date = IsoTime::parseDate(dateUtf8.constData(), dateUtf8.size());
    if (!win.date.isValid())
        return Error(tr("%1.date: '%2' is not a date (YYYY-MM-DD)").arg(where, dateText));
    win.title = title.toString();
    if (win.title.trimmed().isEmpty())
        return Error(tr("%1.title: missing or empty").arg(where));
    win.body = body.toString();
    win.impact = impact.toString();
    const QJsonArray tagArray = tags.toArray();
    for (const QJsonValue &t : tagArray)
        win.tags << t.toString();
    const QJsonArray skillArray = skills.toArray();
    for (const QJsonValue &sk : skillArray)
        win.skillSlugs << sk.toString();
    const QJsonArray goalArray = goals.toArray();
    for (const QJsonValue &g : goalArray)
        win.goalIds << g.toInteger();
    win.starred = starred.toBool();
    for (auto [key, value, target] : {std::tuple{QStringLiteral("created_at"), &createdAt, &win.createdAt},
                                      std::tuple{QStringLiteral("updated_at"), &updatedAt, &win.updatedAt}}) {
        const QString text = value->toString();
        if (text.isEmpty())
            continue;
        const QByteArray utf8 = text.toUtf8();
        *target = IsoTime::parseUtc(utf8.constData(), utf8.size());
        if (!target->isValid())
            return Error(tr("%1.%2: '%3' is not a timestamp").arg(where, key, text));
    }
    return win;
}

} // namespace ladder
