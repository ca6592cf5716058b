// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinJson.h"

#include "domain/IsoTime.h"
#include "JsonCheck.h"
#include "JsonWriter.h"
#include "storage/WinLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>

namespace ladder {

namespace {

// Ids are SQLite integers; JSON numbers are exact up to 2^53.
constexpr qint64 MaxId = qint64(1) << 53;

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
    // Only imported wins have one; typed wins keep the record they had.
    if (!win.source.isEmpty())
        w.field("source", win.source);
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
    // Undefined until found: a default QJsonValue is null, a value of its own.
    const QJsonValue absent(QJsonValue::Undefined);
    QJsonValue id = absent, uuid = absent, date = absent, title = absent, body = absent, impact = absent, tags = absent, skills = absent,
               goals = absent, source = absent, starred = absent, createdAt = absent, updatedAt = absent;
    const std::pair<QLatin1StringView, QJsonValue *> known[] = {
        {QLatin1StringView("body"), &body},       {QLatin1StringView("created_at"), &createdAt},
        {QLatin1StringView("date"), &date},       {QLatin1StringView("goals"), &goals},
        {QLatin1StringView("id"), &id},           {QLatin1StringView("impact"), &impact},
        {QLatin1StringView("skills"), &skills},   {QLatin1StringView("source"), &source},
        {QLatin1StringView("starred"), &starred}, {QLatin1StringView("tags"), &tags},
        {QLatin1StringView("title"), &title},     {QLatin1StringView("updated_at"), &updatedAt},
        {QLatin1StringView("uuid"), &uuid},
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
            return Error(WinJson::tr("%1: unknown key").arg(JsonCheck::path(where, key)));
        *target = it.value();
    }
    using L = QLatin1StringView;
    Win win;
    Result<qint64> idNumber = JsonCheck::wholeNumber(id, where, L("id"), 1, MaxId);
    if (!idNumber)
        return idNumber.error();
    win.id = *idNumber;
    Result<QString> uuidText = JsonCheck::uuid(uuid, where, L("uuid"));
    if (!uuidText)
        return uuidText.error();
    win.uuid = *uuidText;
    if (date.isUndefined())
        return Error(WinJson::tr("%1.date: missing").arg(where));
    if (!date.isString())
        return Error(WinJson::tr("%1.date: must be a date (YYYY-MM-DD), not %2").arg(where, JsonCheck::describe(date)));
    const QString dateText = date.toString();
    const QByteArray dateUtf8 = dateText.toUtf8();
    win.date = IsoTime::parseDate(dateUtf8.constData(), dateUtf8.size());
    if (!win.date.isValid())
        return Error(WinJson::tr("%1.date: '%2' is not a date (YYYY-MM-DD)").arg(where, JsonCheck::printable(dateText)));
    const std::tuple<QJsonValue *, L, QString *, JsonCheck::Lines, qsizetype, bool> textFields[] = {
        {&title, L("title"), &win.title, JsonCheck::Lines::One, WinLimits::TitleLength, true},
        {&body, L("body"), &win.body, JsonCheck::Lines::Many, WinLimits::TextLength, false},
        {&impact, L("impact"), &win.impact, JsonCheck::Lines::One, WinLimits::ImpactLength, false},
        {&source, L("source"), &win.source, JsonCheck::Lines::One, WinLimits::SourceLength, false},
    };
    for (const auto &[value, key, target, lines, most, required] : textFields) {
        Result<QString> text = JsonCheck::text(*value, where, key, lines, most, required);
        if (!text)
            return text.error();
        *target = std::move(*text);
    }
    Result<QStringList> tagList = JsonCheck::texts(tags, where, L("tags"), WinLimits::Tags, WinLimits::TagLength);
    if (!tagList)
        return tagList.error();
    win.tags = std::move(*tagList);
    Result<QStringList> skillList = JsonCheck::texts(skills, where, L("skills"), WinLimits::Skills, 0, true);
    if (!skillList)
        return skillList.error();
    win.skillSlugs = std::move(*skillList);
    if (!goals.isUndefined()) {
        if (!goals.isArray())
            return Error(WinJson::tr("%1.goals: must be a list of goal ids, not %2").arg(where, JsonCheck::describe(goals)));
        const QJsonArray goalArray = goals.toArray();
        if (goalArray.size() > WinLimits::Goals)
            return Error(
                WinJson::tr("%1.goals: must hold at most %2 entries, not %3").arg(where).arg(WinLimits::Goals).arg(goalArray.size()));
        for (qsizetype i = 0; i < goalArray.size(); ++i) {
            const QJsonValue goal = goalArray.at(i);
            const double d = goal.toDouble();
            if (goal.isDouble() && d >= 1 && d <= double(MaxId) && d == double(qint64(d))) {
                win.goalIds << qint64(d);
                continue;
            }
            // The place is only written out for an error.
            return JsonCheck::wholeNumber(goal, where + QStringLiteral(".goals[%1]").arg(i), {}, 1, MaxId).error();
        }
    }
    Result<bool> star = JsonCheck::boolean(starred, where, L("starred"));
    if (!star)
        return star.error();
    win.starred = *star;
    for (auto [key, value, target] : {std::tuple{QStringLiteral("created_at"), &createdAt, &win.createdAt},
                                      std::tuple{QStringLiteral("updated_at"), &updatedAt, &win.updatedAt}}) {
        if (value->isUndefined())
            continue;
        if (!value->isString())
            return Error(
                WinJson::tr("%1.%2: must be a timestamp (YYYY-MM-DDTHH:MM:SS.sssZ), not %3").arg(where, key, JsonCheck::describe(*value)));
        const QString text = value->toString();
        if (text.isEmpty())
            continue;
        const QByteArray utf8 = text.toUtf8();
        *target = IsoTime::parseUtc(utf8.constData(), utf8.size());
        if (!target->isValid())
            return Error(WinJson::tr("%1.%2: '%3' is not a timestamp").arg(where, key, JsonCheck::printable(text)));
    }
    return win;
}

} // namespace ladder
