// SPDX-License-Identifier: GPL-3.0-or-later
#include "LadderExport.h"

#include "FrameworkFormat.h"
#include "GoalJson.h"
#include "JsonCheck.h"
#include "JsonReader.h"
#include "JsonSpans.h"
#include "JsonWriter.h"
#include "storage/SettingStore.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"
#include "storage/WinLimits.h"
#include "WinJson.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <future>
#include <optional>

namespace ladder {

namespace {

const QString FormatName = QStringLiteral("ladder-export");
constexpr int FormatVersion = 1;

// Everything an export holds, read and checked before anything is written.
struct Contents
{
    QList<Framework> frameworks;
    QString activeFramework;
    QHash<QString, QString> settings;
    QList<Assessment> assessments;
    QList<Goal> goals;
    QList<Win> wins;
    QSet<qint64> goalIds; // the goals' ids as the file has them
};

// One win of the file, whose goals must be in the file too.
Result<Win> importedWin(const QJsonObject &object, const QString &fileName, const QString &path, const QSet<qint64> &goalIds)
{
    Result<Win> w = winFromJson(object, fileName + QStringLiteral(": ") + path);
    if (!w)
        return w.error();
    for (qint64 goal : std::as_const(w->goalIds)) {
        if (!goalIds.contains(goal))
            return Error(LadderExport::tr("%1: %2.goals: goal %3 is not in this file").arg(fileName, path).arg(goal));
    }
    return w;
}

// Where each UUID (or id) of one kind was first seen in the file: a second
// row with the same one is an error at the second, naming the first.
template<typename Key>
class FirstSeen
{
public:
    // Empty when `key` is new (and now remembered), else the first place.
    QString repeat(const Key &key, const QString &place)
    {
        auto it = m_places.constFind(key);
        if (it != m_places.constEnd())
            return *it;
        m_places.insert(key, place);
        return {};
    }

private:
    QHash<Key, QString> m_places;
};

// The UUIDs of the wins of one file: wins are checked a chunk at a time, so
// the places are kept as indexes, not as text.
class WinUuids
{
public:
    explicit WinUuids(qsizetype wins) { m_first.reserve(wins); }
    Result<void> check(const QString &uuid, qsizetype index, const QString &fileName)
    {
        if (uuid.isEmpty())
            return {};
        auto it = m_first.constFind(uuid);
        if (it != m_first.constEnd())
            return Error(LadderExport::tr("%1: wins[%2].uuid: '%3' is already the UUID of wins[%4]: a UUID names one win")
                             .arg(fileName)
                             .arg(index)
                             .arg(uuid)
                             .arg(*it));
        m_first.insert(uuid, index);
        return {};
    }

private:
    QHash<QString, qsizetype> m_first;
};

Result<Contents> parse(const QByteArray &data, const QString &fileName)
{
    using L = QLatin1StringView;
    Result<QJsonDocument> doc = parseJson(data, fileName);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error(LadderExport::tr("%1: (top): expected an object with \"format\": \"%2\"").arg(fileName, FormatName));
    const QJsonObject top = doc->object();
    static const QStringList keys = {QStringLiteral("format"),   QStringLiteral("version"),    QStringLiteral("active_framework"),
                                     QStringLiteral("settings"), QStringLiteral("frameworks"), QStringLiteral("assessments"),
                                     QStringLiteral("goals"),    QStringLiteral("wins")};
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!keys.contains(it.key()))
            return Error(LadderExport::tr("%1: %2: unknown key").arg(fileName, JsonCheck::printable(it.key())));
    }
    const QJsonValue format = top.value(QStringLiteral("format"));
    if (format.toString() != FormatName)
        return Error(LadderExport::tr("%1: format: expected \"%2\", not %3 (is this a Ladder export? other formats need --format)")
                         .arg(fileName, FormatName, JsonCheck::describe(format)));
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isDouble())
        return Error(LadderExport::tr("%1: version: must be the number %2, not %3")
                         .arg(fileName)
                         .arg(FormatVersion)
                         .arg(JsonCheck::describe(version)));
    if (version.toDouble() != FormatVersion)
        return Error(LadderExport::tr("%1: version: %2 is not supported (this Ladder reads version %3)")
                         .arg(fileName, JsonCheck::describe(version))
                         .arg(FormatVersion));
    const QString at = fileName + QStringLiteral(": ");
    auto topPath = [&](const QString &key) { return at + key; };
    Contents c;
    const QJsonValue active = top.value(QStringLiteral("active_framework"));
    if (!active.isUndefined() && !(active.isString() && (active.toString().isEmpty() || JsonCheck::isSlug(active.toString()))))
        return Error(LadderExport::tr("%1: must be a framework's slug, not %2")
                         .arg(topPath(QStringLiteral("active_framework")), JsonCheck::describe(active)));
    c.activeFramework = active.toString();
    const QJsonValue settingsValue = top.value(QStringLiteral("settings"));
    if (!settingsValue.isUndefined() && !settingsValue.isObject())
        return Error(
            LadderExport::tr("%1: must be an object, not %2").arg(topPath(QStringLiteral("settings")), JsonCheck::describe(settingsValue)));
    const QJsonObject settings = settingsValue.toObject();
    const QString settingsWhere = topPath(QStringLiteral("settings"));
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString key = it.key();
        if (key != SettingStore::currentLevelKey() && key != SettingStore::userNameKey())
            return Error(LadderExport::tr("%1: unknown key (allowed here: %2, %3)")
                             .arg(JsonCheck::path(settingsWhere, key), SettingStore::currentLevelKey(), SettingStore::userNameKey()));
        const QByteArray keyUtf8 = key.toUtf8();
        Result<QString> value = JsonCheck::text(it.value(), settingsWhere, L(keyUtf8), JsonCheck::Lines::One, WinLimits::TitleLength);
        if (!value)
            return value.error();
        if (key == SettingStore::currentLevelKey() && !value->isEmpty() && !JsonCheck::isSlug(*value))
            return Error(
                LadderExport::tr("%1: '%2' is not a level's slug").arg(JsonCheck::path(settingsWhere, key), JsonCheck::printable(*value)));
        c.settings.insert(key, *value);
    }

    auto arrayOf = [&](const QString &key) -> Result<QJsonArray> {
        const QJsonValue v = top.value(key);
        if (!v.isUndefined() && !v.isArray())
            return Error(LadderExport::tr("%1: %2: expected a list, not %3").arg(fileName, key, JsonCheck::describe(v)));
        return v.toArray();
    };
    auto objectAt = [&](const QJsonArray &array, qsizetype i, const QString &path) -> Result<QJsonObject> {
        if (!array.at(i).isObject())
            return Error(LadderExport::tr("%1: %2: expected an object").arg(fileName, path));
        return array.at(i).toObject();
    };

    Result<QJsonArray> frameworks = arrayOf(QStringLiteral("frameworks"));
    if (!frameworks)
        return frameworks.error();
    FirstSeen<QString> frameworkSlugs;
    FirstSeen<QString> frameworkUuids;
    for (qsizetype i = 0; i < frameworks->size(); ++i) {
        const QString path = QStringLiteral("frameworks[%1]").arg(i);
        Result<QJsonObject> o = objectAt(*frameworks, i, path);
        if (!o)
            return o.error();
        Result<Framework> fw = FrameworkFormat::fromJson(*o, fileName, path);
        if (!fw)
            return fw.error();
        if (const QString first = frameworkSlugs.repeat(fw->slug, path); !first.isEmpty())
            return Error(LadderExport::tr("%1: %2.slug: framework '%3' is already %4").arg(fileName, path, fw->slug, first));
        if (const QString first = fw->uuid.isEmpty() ? QString() : frameworkUuids.repeat(fw->uuid, path); !first.isEmpty())
            return Error(LadderExport::tr("%1: %2.uuid: '%3' is already the UUID of %4").arg(fileName, path, fw->uuid, first));
        c.frameworks << *fw;
    }
    Result<QJsonArray> assessments = arrayOf(QStringLiteral("assessments"));
    if (!assessments)
        return assessments.error();
    FirstSeen<QString> assessmentUuids;
    for (qsizetype i = 0; i < assessments->size(); ++i) {
        const QString path = QStringLiteral("assessments[%1]").arg(i);
        Result<QJsonObject> o = objectAt(*assessments, i, path);
        if (!o)
            return o.error();
        Result<Assessment> a = assessmentFromJson(*o, at + path);
        if (!a)
            return a.error();
        if (const QString first = a->uuid.isEmpty() ? QString() : assessmentUuids.repeat(a->uuid, path); !first.isEmpty())
            return Error(LadderExport::tr("%1: %2.uuid: '%3' is already the UUID of %4: a UUID names one rating")
                             .arg(fileName, path, a->uuid, first));
        c.assessments << *a;
    }
    Result<QJsonArray> goals = arrayOf(QStringLiteral("goals"));
    if (!goals)
        return goals.error();
    QSet<qint64> &goalIds = c.goalIds;
    FirstSeen<qint64> goalIdPlaces;
    FirstSeen<QString> goalUuids;
    FirstSeen<QString> milestoneUuids;
    for (qsizetype i = 0; i < goals->size(); ++i) {
        const QString path = QStringLiteral("goals[%1]").arg(i);
        Result<QJsonObject> o = objectAt(*goals, i, path);
        if (!o)
            return o.error();
        Result<Goal> g = goalFromJson(*o, at + path);
        if (!g)
            return g.error();
        if (const QString first = g->id == 0 ? QString() : goalIdPlaces.repeat(g->id, path); !first.isEmpty())
            return Error(LadderExport::tr("%1: %2.id: %3 is already the id of %4: wins name their goals by id")
                             .arg(fileName, path)
                             .arg(g->id)
                             .arg(first));
        if (const QString first = g->uuid.isEmpty() ? QString() : goalUuids.repeat(g->uuid, path); !first.isEmpty())
            return Error(
                LadderExport::tr("%1: %2.uuid: '%3' is already the UUID of %4: a UUID names one goal").arg(fileName, path, g->uuid, first));
        for (qsizetype m = 0; m < g->milestones.size(); ++m) {
            const QString mPath = path + QStringLiteral(".milestones[%1]").arg(m);
            const QString uuid = g->milestones.at(m).uuid;
            if (const QString first = uuid.isEmpty() ? QString() : milestoneUuids.repeat(uuid, mPath); !first.isEmpty())
                return Error(LadderExport::tr("%1: %2.uuid: '%3' is already the UUID of %4").arg(fileName, mPath, uuid, first));
        }
        if (g->id > 0)
            goalIds.insert(g->id);
        c.goals << *g;
    }
    Result<QJsonArray> wins = arrayOf(QStringLiteral("wins"));
    if (!wins)
        return wins.error();
    WinUuids winUuids(wins->size());
    for (qsizetype i = 0; i < wins->size(); ++i) {
        const QString path = QStringLiteral("wins[%1]").arg(i);
        Result<QJsonObject> o = objectAt(*wins, i, path);
        if (!o)
            return o.error();
        Result<Win> w = importedWin(*o, fileName, path, goalIds);
        if (!w)
            return w.error();
        if (Result<void> unique = winUuids.check(w->uuid, i, fileName); !unique)
            return unique.error();
        c.wins << std::move(*w);
    }
    return c;
}

// An export's "wins" array, to be parsed a chunk at a time: the rest of the
// document (with the array emptied) and where each win lies.
struct WinSpans
{
    QByteArray rest;
    QList<JsonSpan> wins;
};

std::optional<WinSpans> locateWins(const QByteArray &data)
{
    const auto members = topLevelMembers(data);
    if (!members)
        return std::nullopt;
    std::optional<JsonSpan> winsSpan;
    for (const auto &[key, span] : *members) {
        // A key spelt with escapes could be "wins" too: such a file is parsed whole.
        if (key.contains('\\') || (key == "wins" && winsSpan))
            return std::nullopt;
        if (key == "wins")
            winsSpan = span;
    }
    if (!winsSpan)
        return std::nullopt;
    auto elements = arrayElements(data, *winsSpan);
    if (!elements)
        return std::nullopt;
    WinSpans spans;
    spans.rest = data.first(winsSpan->begin) + "[]" + data.sliced(winsSpan->end);
    spans.wins = std::move(*elements);
    return spans;
}

// Wins [first, first + count) of the spans, parsed and checked; nullopt when
// one is not a JSON object (the whole file is then parsed for Qt's message
// and the place). Runs on a worker thread: it reads only its arguments, and
// `uuids`, which the chunks use one after the other, never at once.
std::optional<Result<QList<Win>>> parseWins(const QByteArray &data, const QList<JsonSpan> &spans, qsizetype first, qsizetype count,
                                            const QString &fileName, const QSet<qint64> &goalIds, WinUuids *uuids)
{
    QList<Win> wins;
    wins.reserve(count);
    for (qsizetype i = first; i < first + count; ++i) {
        const JsonSpan span = spans.at(i);
        const QByteArray slice = QByteArray::fromRawData(data.constData() + span.begin, span.end - span.begin);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(slice, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        Result<Win> w = importedWin(doc.object(), fileName, QStringLiteral("wins[%1]").arg(i), goalIds);
        if (!w)
            return Result<QList<Win>>(w.error());
        if (Result<void> unique = uuids->check(w->uuid, i, fileName); !unique)
            return Result<QList<Win>>(unique.error());
        wins << std::move(*w);
    }
    return Result<QList<Win>>(std::move(wins));
}

// The error of a file whose parts did not parse: the whole file parsed, for
// Qt's message and its line and column.
Error wholeFileError(const QByteArray &data, const QString &fileName)
{
    Result<Contents> whole = parse(data, fileName);
    return whole ? Error(LadderExport::tr("%1: wins: cannot be read").arg(fileName)) : whole.error();
}

} // namespace

namespace {

// One record per line: fast to write at 100,000 wins (no whole-document tree),
// and friendly to diff and grep.
void appendRecords(QByteArray &out, const char *key, const QList<QJsonObject> &records)
{
    out += "\"";
    out += key;
    out += "\": [";
    for (qsizetype i = 0; i < records.size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += QJsonDocument(records.at(i)).toJson(QJsonDocument::Compact);
    }
    out += records.isEmpty() ? "]" : "\n]";
    out += ",\n";
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // Scalars: serialise through a one-element array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

Result<QByteArray> LadderExport::write(Stores &ws)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (Result<void> written = write(ws, buffer); !written)
        return written.error();
    return data;
}

Result<void> LadderExport::write(Stores &ws, QIODevice &device)
{
    Result<QList<Framework>> frameworks = ws.frameworks().list();
    if (!frameworks)
        return frameworks.error();
    QString active;
    ProficiencyScale activeScale;
    for (const Framework &fw : std::as_const(*frameworks)) {
        if (fw.active) {
            active = fw.slug;
            activeScale = fw.scale;
        }
    }
    Result<QString> level = ws.frameworks().currentLevel();
    Result<QString> name = ws.settings().value(SettingStore::userNameKey());
    if (!level || !name)
        return (!level ? level : name).error();
    QJsonObject settings{{SettingStore::currentLevelKey(), *level}};
    if (!name->isEmpty())
        settings.insert(SettingStore::userNameKey(), *name);

    Result<QList<Assessment>> assessments = ws.assessments().all();
    if (!assessments)
        return assessments.error();
    QList<QJsonObject> aRecords;
    for (const Assessment &a : std::as_const(*assessments))
        aRecords << assessmentToJson(a, activeScale);

    Result<QList<Goal>> goals = ws.goals().list();
    if (!goals)
        return goals.error();
    std::sort(goals->begin(), goals->end(), [](const Goal &a, const Goal &b) { return a.id < b.id; });
    QList<QJsonObject> gRecords;
    for (const Goal &g : std::as_const(*goals))
        gRecords << goalToJson(g);

    // Written out whenever 256 KiB have gathered: as fast as a megabyte at a
    // time, and a smaller share of the command's peak memory.
    constexpr qsizetype Chunk = 256 << 10;
    QByteArray out;
    out.reserve(Chunk + (64 << 10));
    bool writeFailed = false;
    auto flush = [&]() {
        if (!writeFailed && device.write(out) != out.size())
            writeFailed = true;
        out.clear();
        return !writeFailed;
    };

    out += "{\n\"format\": " + compact(FormatName) + ",\n";
    out += "\"version\": " + QByteArray::number(FormatVersion) + ",\n";
    out += "\"active_framework\": " + compact(active) + ",\n";
    out += "\"settings\": " + compact(settings) + ",\n";
    // In the order `framework export` writes a framework's keys, a framework a line.
    out += "\"frameworks\": [";
    for (qsizetype i = 0; i < frameworks->size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        JsonWriter writer(out);
        FrameworkFormat::write(writer, frameworks->at(i), true);
    }
    out += frameworks->isEmpty() ? "],\n" : "\n],\n";
    appendRecords(out, "assessments", aRecords);
    appendRecords(out, "goals", gRecords);
    out += "\"wins\": [";
    bool first = true;
    Result<void> visited = ws.wins().forEach([&](const Win &win) {
        out += first ? "\n" : ",\n";
        first = false;
        {
            JsonWriter writer(out);
            writeWinJson(writer, win);
        }
        return out.size() < Chunk || flush();
    });
    if (!visited)
        return visited.error();
    out += first ? "]\n}\n" : "\n]\n}\n";
    if (!flush())
        return Error(device.errorString());
    return {};
}

Result<ImportSummary> LadderExport::import(Stores &ws, const QByteArray &data, const QString &fileName, bool dryRun)
{
    // Wins are parsed a chunk at a time, the next chunk on a worker thread
    // while this one is written: 100,000 wins never exist at once as a
    // QJsonDocument, and parsing no longer adds to the writing time.
    std::optional<WinSpans> spans = locateWins(data);
    // QJsonDocument keeps the last of two equal keys, so the text itself is
    // checked for them: on a thread of its own, while the file is parsed and
    // written, and waited for before the commit. Any other problem is
    // reported first; a repeated key then rolls everything back.
    std::future<std::optional<QString>> repeatedKey = std::async(std::launch::async, [&data] { return firstRepeatedKey(data); });
    Result<Contents> contents = parse(spans ? spans->rest : data, fileName);
    if (!contents)
        return spans ? wholeFileError(data, fileName) : contents.error();

    return guarded([&]() -> Result<ImportSummary> {
        ImportSummary summary;
        Transaction transaction(ws.database());
        // A framework the database has is never changed by an import: only
        // `framework import --replace` replaces one (docs/formats.md,
        // "Identity"). One the file has differently is named in the summary.
        Result<QList<Framework>> here = ws.frameworks().list();
        if (!here)
            return here.error();
        for (const Framework &fw : std::as_const(contents->frameworks)) {
            const auto local = std::find_if(here->cbegin(), here->cend(), [&fw](const Framework &h) { return h.slug == fw.slug; });
            if (local == here->cend()) {
                if (auto saved = ws.frameworks().save(fw); !saved)
                    return saved.error().at(fileName);
                ++summary.frameworks;
            } else if (FrameworkFormat::toJson(*local, true) != FrameworkFormat::toJson(fw, true)) {
                summary.frameworksKept << fw.slug;
            }
        }
        if (!contents->activeFramework.isEmpty()) {
            if (auto activated = ws.frameworks().activate(contents->activeFramework); !activated)
                return activated.error().at(fileName + QStringLiteral(": active_framework"));
        }
        // The current level is the active framework's (FrameworkStore).
        for (auto it = contents->settings.cbegin(); it != contents->settings.cend(); ++it) {
            if (auto set = it.key() == SettingStore::currentLevelKey() ? ws.frameworks().setCurrentLevel(it.value())
                                                                       : ws.settings().setValue(it.key(), it.value());
                !set)
                return set.error();
        }
        Result<QList<Assessment>> existing = ws.assessments().all();
        if (!existing)
            return existing.error();
        QSet<QString> known;
        for (const Assessment &a : std::as_const(*existing))
            known.insert(a.uuid);
        // The store checks each rating on its skill's framework's scale.
        for (qsizetype i = 0; i < contents->assessments.size(); ++i) {
            const Assessment &a = contents->assessments.at(i);
            if (known.contains(a.uuid)) {
                ++summary.assessmentsPresent;
                continue;
            }
            if (auto added = ws.assessments().add(a, true); !added)
                return added.error().at(QStringLiteral("%1: assessments[%2]").arg(fileName).arg(i));
            ++summary.assessmentsAdded;
        }
        // Goals keep their ids when free; wins are re-pointed at the ids the
        // goals got here.
        Result<QList<Goal>> existingGoals = ws.goals().list();
        if (!existingGoals)
            return existingGoals.error();
        QHash<QString, qint64> goalByUuid;
        for (const Goal &g : std::as_const(*existingGoals))
            goalByUuid.insert(g.uuid, g.id);
        QHash<qint64, qint64> goalIdMap;
        for (const Goal &g : std::as_const(contents->goals)) {
            if (goalByUuid.contains(g.uuid)) {
                goalIdMap.insert(g.id, goalByUuid.value(g.uuid));
                ++summary.goalsPresent;
                continue;
            }
            // A milestone UUID another goal's milestone holds (the same file
            // imported into a database that has changed since) gets a new
            // one there (GoalStore::add), as framework rows do.
            Result<qint64> id = ws.goals().add(g, true);
            if (!id)
                return id.error().at(fileName);
            goalIdMap.insert(g.id, *id);
            ++summary.goalsAdded;
        }
        // Bulk adds: wins already present (same UUID) are skipped there.
        auto addWins = [&](QList<Win> wins) -> Result<void> {
            for (Win &w : wins) {
                for (qint64 &goal : w.goalIds)
                    goal = goalIdMap.value(goal);
            }
            const qsizetype count = wins.size();
            Result<qint64> added = ws.wins().addMany(std::move(wins), true);
            if (!added)
                return added.error().at(fileName);
            summary.winsAdded += int(*added);
            summary.winsPresent += int(count - *added);
            return {};
        };
        if (!spans) {
            if (Result<void> added = addWins(std::move(contents->wins)); !added)
                return added.error();
        } else {
            constexpr qsizetype Chunk = 5000;
            const qsizetype total = spans->wins.size();
            // Declared before the future: a worker still running when an
            // error returns early is waited for before this goes.
            WinUuids winUuids(total);
            auto parseChunk = [&](qsizetype first) {
                return std::async(std::launch::async, parseWins, std::cref(data), std::cref(spans->wins), first,
                                  std::min(Chunk, total - first), std::cref(fileName), std::cref(contents->goalIds), &winUuids);
            };
            std::future<std::optional<Result<QList<Win>>>> next;
            if (total > 0)
                next = parseChunk(0);
            for (qsizetype first = 0; first < total; first += Chunk) {
                std::optional<Result<QList<Win>>> wins = next.get();
                if (first + Chunk < total)
                    next = parseChunk(first + Chunk);
                if (!wins)
                    return wholeFileError(data, fileName);
                if (!*wins)
                    return wins->error();
                if (Result<void> added = addWins(std::move(wins->value())); !added)
                    return added.error();
            }
        }
        if (const std::optional<QString> repeated = repeatedKey.get())
            return Error(tr("%1: %2: duplicate key (a key appears once in an object)").arg(fileName, *repeated));
        if (!dryRun)
            transaction.commit();
        return summary;
    });
}

} // namespace ladder
