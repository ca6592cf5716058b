// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinStore.h"

#include "Database.h"
#include "domain/PrintableText.h"
#include "domain/SearchQuery.h"
#include "domain/Suggestion.h"
#include "domain/WinOrder.h"
#include "EditMerge.h"
#include "FrameworkStore.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"
#include "WinLimits.h"
#include "WinLinks.h"
#include "WinWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>
#include <variant>
#include <vector>

namespace ladder {

namespace {

// The columns readRow() reads; links come from WinLinks.
constexpr std::string_view SelectWin
    = "SELECT w.id, w.uuid, w.occurred_on, w.title, w.body, w.impact, w.starred, w.created_at, w.updated_at, coalesce(w.source, '')"
      " FROM win w ";
constexpr std::string_view SelectWinSummary
    = "SELECT w.id, '', w.occurred_on, w.title, '', w.impact, w.starred, w.created_at, w.updated_at, ''"
      " FROM win w ";
// WinOrder::newestFirst, in SQL.
constexpr std::string_view NewestFirst = " ORDER BY w.occurred_on DESC, w.id DESC";

// A full-text search with at least this many hits is paged by walking the date
// index newest first and keeping the hits (a page of 50 is found after a few
// hundred index entries); with fewer, looking each hit up and sorting them is
// cheaper than walking the index. Measured in docs/performance.md.
constexpr int ManyHits = 1000;

Win readRow(const Statement &s)
{
    Win win;
    win.id = s.int64(0);
    win.uuid = s.text(1);
    win.date = s.date(2);
    win.title = s.text(3);
    win.body = s.text(4);
    win.impact = s.text(5);
    win.starred = s.int64(6) != 0;
    win.createdAt = s.dateTime(7);
    win.updatedAt = s.dateTime(8);
    win.source = s.text(9);
    return win;
}

QDateTime nowUtc()
{
    // Milliseconds are what the database keeps; dropping the rest makes a
    // stored win compare equal to the one we hand back.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

// The text columns are NOT NULL; a null QString would bind NULL.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

using Value = std::variant<qint64, QString>;

struct Where
{
    QString sql;
    std::vector<Value> values;
};

Result<Where> buildWhere(const WinFilter &f)
{
    QStringList clauses;
    Where where;
    if (f.from.isValid()) {
        clauses << QStringLiteral("w.occurred_on >= ?");
        where.values.emplace_back(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        clauses << QStringLiteral("w.occurred_on <= ?");
        where.values.emplace_back(f.to.toString(Qt::ISODate));
    }
    if (!f.skillSlug.isEmpty()) {
        clauses << QStringLiteral("w.id IN (SELECT win_id FROM win_skill WHERE skill_slug = ?)");
        where.values.emplace_back(f.skillSlug);
    }
    if (!f.tag.isEmpty()) {
        clauses << QStringLiteral("w.id IN (SELECT wt.win_id FROM win_tag wt JOIN tag t ON t.id = wt.tag_id WHERE t.name = ?)");
        where.values.emplace_back(normalizedTags({f.tag}).value(0));
    }
    if (f.goalId > 0) {
        clauses << QStringLiteral("w.id IN (SELECT win_id FROM win_goal WHERE goal_id = ?)");
        where.values.emplace_back(f.goalId);
    }
    if (f.starredOnly)
        clauses << QStringLiteral("w.starred = 1");
    if (!f.query.trimmed().isEmpty()) {
        Result<QString> match = SearchQuery::toFts5(f.query);
        if (!match)
            return match.error();
        clauses << QStringLiteral("w.id IN (SELECT rowid FROM win_fts WHERE win_fts MATCH ?)");
        where.values.emplace_back(*match);
    }
    if (!clauses.isEmpty())
        where.sql = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    return where;
}

void bindAll(Statement &s, const std::vector<Value> &values, int first = 1)
{
    int index = first;
    for (const Value &v : values) {
        if (const qint64 *n = std::get_if<qint64>(&v))
            s.bind(index++, *n);
        else
            s.bind(index++, std::get<QString>(v));
    }
}

// The filter's sort as SQL terms over the row alias `alias`: the column,
// then the date and the id (a total order), all in one direction. Each
// sort has its index (schema version 6): a page of a sorted list is a walk
// along it, and a win's row (position()) one range of it counted.
std::vector<std::string> sortTerms(const WinFilter &filter, const std::string &alias)
{
    std::vector<std::string> terms;
    switch (filter.sort) {
    case WinFilter::Sort::Date: break;
    case WinFilter::Sort::Title: terms.push_back(alias + ".title COLLATE NOCASE"); break;
    case WinFilter::Sort::Impact:
        // Ascending, the wins without an impact go last (descending, the
        // empty text sorts last anyway).
        if (filter.ascending)
            terms.push_back("(" + alias + ".impact = '')");
        terms.push_back(alias + ".impact COLLATE NOCASE");
        break;
    case WinFilter::Sort::Starred: terms.push_back(alias + ".starred"); break;
    }
    terms.push_back(alias + ".occurred_on");
    terms.push_back(alias + ".id");
    return terms;
}

std::string joined(const std::vector<std::string> &terms, const std::string &suffix)
{
    std::string out;
    for (const std::string &term : terms)
        out += (out.empty() ? "" : ", ") + term + suffix;
    return out;
}

std::string orderBy(const WinFilter &filter)
{
    if (filter.sort == WinFilter::Sort::Date && !filter.ascending)
        return std::string(NewestFirst);
    return " ORDER BY " + joined(sortTerms(filter, "w"), filter.ascending ? " ASC" : " DESC");
}

// The WHERE of `where` with one more condition.
std::string whereAnd(const Where &where, const std::string &condition)
{
    return where.sql.isEmpty() ? " WHERE " + condition : " " + where.sql.toStdString() + " AND " + condition;
}

// The statement list() and forEach() read, in the filter's order; `where`
// gets the values of the LIMIT it adds.
std::string listSql(Database &db, const WinFilter &filter, Where &where)
{
    const std::string_view select = filter.summaryOnly ? SelectWinSummary : SelectWin;
    // A search with many hits walks the date index, keeping the hits, instead
    // of sorting every hit: a page is found early, and a whole listing is
    // handed out as it is read rather than after a sort (see ManyHits).
    bool walkDates = false;
    if (!filter.query.trimmed().isEmpty() && filter.sort == WinFilter::Sort::Date) {
        Statement hits(db, "SELECT count(*) FROM (SELECT rowid FROM win_fts WHERE win_fts MATCH ? LIMIT ?)");
        // buildWhere bound the query's MATCH text last.
        hits.bind(1, std::get<QString>(where.values.back())).bind(2, ManyHits);
        hits.step();
        walkDates = hits.int64(0) >= ManyHits;
    }
    const std::string byDate = walkDates ? "INDEXED BY win_by_date " : "";
    const std::string order = orderBy(filter);
    if (filter.limit <= 0)
        return std::string(select) + byDate + where.sql.toStdString() + order;
    // Pick the page's ids first, then read only those rows: the sort then
    // moves ids, not whole wins, and the LIMIT drops the rest early.
    where.values.emplace_back(qint64(filter.limit));
    where.values.emplace_back(qint64(filter.offset));
    return std::string(select) + "WHERE w.id IN (SELECT w.id FROM win w " + byDate + where.sql.toStdString() + order + " LIMIT ? OFFSET ?)"
        + order;
}

} // namespace

QStringList normalizedTags(const QStringList &tags)
{
    // Sorted, then each compared with the one before: linear after the sort,
    // where a lookup in the list so far made 100,000 tags take seconds.
    QStringList out;
    for (QString tag : tags) {
        tag = tag.trimmed().toLower();
        while (tag.startsWith(QLatin1Char('@')) || tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
        if (!tag.isEmpty())
            out << tag;
    }
    out.sort();
    if (std::adjacent_find(out.cbegin(), out.cend()) != out.cend())
        out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

WinStore::WinStore(Database &db)
    : m_db(db)
{
}

WinStore::Known WinStore::known(bool checkSkills, const Win *only)
{
    Known known;
    known.checkSkills = checkSkills;
    if (checkSkills && (!only || !only->skillSlugs.isEmpty())) {
        Result<QStringList> skills = FrameworkStore(m_db).knownSkillSlugs();
        if (!skills)
            throw StorageError(0, skills.error().message());
        known.skills = std::move(*skills);
    }
    if (only) {
        for (qint64 goalId : only->goalIds) {
            Statement s(m_db, "SELECT 1 FROM goal WHERE id = ?");
            s.bind(1, goalId);
            if (s.step())
                known.goals.insert(goalId);
        }
    } else {
        Statement s(m_db, "SELECT id FROM goal");
        while (s.step())
            known.goals.insert(s.int64(0));
    }
    return known;
}

Result<void> WinStore::validate(Win &win, const Known &known)
{
    win.title = win.title.trimmed();
    if (win.title.isEmpty())
        return Error(tr("a win needs a title"));
    if (!win.date.isValid())
        return Error(tr("a win needs a valid date"));
    win.tags = normalizedTags(win.tags);
    win.skillSlugs.sort();
    win.skillSlugs.erase(std::unique(win.skillSlugs.begin(), win.skillSlugs.end()), win.skillSlugs.end());
    std::sort(win.goalIds.begin(), win.goalIds.end());
    win.goalIds.erase(std::unique(win.goalIds.begin(), win.goalIds.end()), win.goalIds.end());
    // docs/formats.md, "Limits": the same for a command line, the app and an import.
    if (win.title.size() > WinLimits::TitleLength)
        return Error(tr("a win's title has at most %1 characters, not %2").arg(WinLimits::TitleLength).arg(win.title.size()));
    if (win.impact.size() > WinLimits::ImpactLength)
        return Error(tr("a win's impact has at most %1 characters, not %2").arg(WinLimits::ImpactLength).arg(win.impact.size()));
    if (win.body.size() > WinLimits::TextLength)
        return Error(tr("a win's text has at most %1 characters, not %2").arg(WinLimits::TextLength).arg(win.body.size()));
    if (win.tags.size() > WinLimits::Tags)
        return Error(tr("a win has at most %1 tags, not %2").arg(WinLimits::Tags).arg(win.tags.size()));
    if (win.skillSlugs.size() > WinLimits::Skills)
        return Error(tr("a win links at most %1 skills, not %2").arg(WinLimits::Skills).arg(win.skillSlugs.size()));
    if (win.goalIds.size() > WinLimits::Goals)
        return Error(tr("a win links at most %1 goals, not %2").arg(WinLimits::Goals).arg(win.goalIds.size()));
    // docs/formats.md, "Limits": printable text, whichever door it came in by.
    if (const QString why = PrintableText::notOneLine(win.title); !why.isEmpty())
        return Error(tr("a win's title %1").arg(why));
    if (const QString why = PrintableText::notOneLine(win.impact); !why.isEmpty())
        return Error(tr("a win's impact %1").arg(why));
    if (const QString why = PrintableText::notText(win.body); !why.isEmpty())
        return Error(tr("a win's text %1").arg(why));
    for (const QString &tag : std::as_const(win.tags)) {
        if (const QString why = PrintableText::notOneLine(tag); !why.isEmpty())
            return Error(tr("a win's tag %1").arg(why));
    }

    // Imported wins may name skills of a framework no longer active: slugs are
    // kept so that switching back finds them again.
    if (known.checkSkills) {
        for (const QString &slug : std::as_const(win.skillSlugs)) {
            if (!known.skills.contains(slug))
                return unknownSkill(slug, known.skills);
        }
    }
    for (qint64 goalId : std::as_const(win.goalIds)) {
        if (!known.goals.contains(goalId))
            return Error(tr("no goal with id %1").arg(goalId));
    }
    return {};
}

Result<qint64> WinStore::add(Win win, bool keepIdentity)
{
    return guarded([&]() -> Result<qint64> {
        Transaction transaction(m_db);
        if (auto valid = validate(win, known(!keepIdentity, &win)); !valid)
            return valid.error();
        WinWriter(m_db).insert(win, keepIdentity);
        transaction.commit();
        return win.id;
    });
}

Result<qint64> WinStore::addMany(QList<Win> wins, bool keepIdentity)
{
    return guarded([&]() -> Result<qint64> {
        Transaction transaction(m_db);
        Result<qint64> added = insertMany(wins, keepIdentity, keepIdentity, known(!keepIdentity, nullptr),
                                          [&](qsizetype i) { return QStringLiteral("win '%1'").arg(wins.at(i).title); });
        if (added)
            transaction.commit();
        return added;
    });
}

Result<QList<qint64>> WinStore::addImported(QList<Win> wins, const QStringList &locations)
{
    return guarded([&]() -> Result<QList<qint64>> {
        Transaction transaction(m_db);
        // Identity kept means: the UUID the file gave, else a new one; never
        // an id or times from elsewhere.
        for (Win &win : wins) {
            win.id = 0;
            win.createdAt = QDateTime();
            win.updatedAt = QDateTime();
        }
        QList<qint64> ids;
        Result<qint64> added = insertMany(
            wins, true, true, known(false, nullptr), [&](qsizetype i) { return locations.value(i); }, &ids);
        if (!added)
            return added.error();
        transaction.commit();
        return ids;
    });
}

Result<qint64> WinStore::insertMany(QList<Win> &wins, bool keepIdentity, bool skipPresent, const Known &known,
                                    const std::function<QString(qsizetype)> &where, QList<qint64> *addedIds)
{
    // 64 MiB of page cache while the wins go in: a bulk transaction that
    // outgrows the cache writes pages to the WAL early and again later
    // (docs/performance.md). Given back after.
    m_db.exec("PRAGMA cache_size=-65536");
    const auto restoreCache = qScopeGuard([&] {
        try {
            m_db.exec("PRAGMA cache_size=-2000");
        } catch (const StorageError &) {
            // Only a bigger cache than needed is left; never throw from here.
        }
    });
    WinWriter writer(m_db, WinWriter::Batching::AtTheEnd);
    qint64 added = 0;
    for (qsizetype i = 0; i < wins.size(); ++i) {
        Win &win = wins[i];
        if (auto valid = validate(win, known); !valid)
            return valid.error().at(where(i));
        if (writer.insert(win, keepIdentity, skipPresent)) {
            ++added;
            if (addedIds)
                addedIds->append(win.id);
        } // else already present
    }
    writer.finish();
    return added;
}

Result<QSet<QString>> WinStore::storedSources(const QStringList &sources)
{
    return stored("source", sources);
}

Result<QSet<QString>> WinStore::storedUuids(const QStringList &uuids)
{
    return stored("uuid", uuids);
}

Result<QSet<QString>> WinStore::stored(const char *column, const QStringList &values)
{
    return guarded([&]() -> Result<QSet<QString>> {
        QSet<QString> found;
        if (values.isEmpty())
            return found;
        // One statement for any number: the values go in as a JSON array.
        Statement s(m_db, std::string("SELECT ") + column + " FROM win WHERE " + column + " IN (SELECT value FROM json_each(?))");
        s.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
        while (s.step())
            found.insert(s.text(0));
        return found;
    });
}

Result<void> WinStore::update(const Win &before, const Win &after)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        const qint64 id = after.id;
        Statement exists(m_db, "SELECT 1 FROM win WHERE id = ?");
        if (!exists.bind(1, id).step())
            return Error(tr("win %1 was deleted meanwhile; nothing was changed").arg(id));
        Result<Win> stored = get(id);
        if (!stored)
            return stored.error();

        Win merged = *stored;
        QStringList conflicts;
        mergeField(tr("date"), before.date, after.date, merged.date, conflicts);
        mergeField(tr("title"), before.title.trimmed(), after.title.trimmed(), merged.title, conflicts);
        mergeField(tr("body"), before.body, after.body, merged.body, conflicts);
        mergeField(tr("impact"), before.impact, after.impact, merged.impact, conflicts);
        mergeField(tr("star"), before.starred, after.starred, merged.starred, conflicts);
        if (!conflicts.isEmpty())
            return Error(
                tr("win %1 was changed elsewhere meanwhile (%2); nothing was changed").arg(id).arg(conflicts.join(QStringLiteral(", "))));
        merged.tags = mergedList(stored->tags, normalizedTags(before.tags), normalizedTags(after.tags));
        merged.skillSlugs = mergedList(stored->skillSlugs, before.skillSlugs, after.skillSlugs);
        merged.goalIds = mergedList(stored->goalIds, before.goalIds, after.goalIds);

        // Links made before stand as they are (a skill of a framework since
        // switched away from, a goal); only the new ones are checked.
        Win added;
        for (const QString &slug : std::as_const(merged.skillSlugs)) {
            if (!stored->skillSlugs.contains(slug))
                added.skillSlugs << slug;
        }
        for (qint64 goal : std::as_const(merged.goalIds)) {
            if (!stored->goalIds.contains(goal))
                added.goalIds << goal;
        }
        Known checks = known(true, &added);
        checks.skills += stored->skillSlugs;
        for (qint64 goal : std::as_const(stored->goalIds))
            checks.goals.insert(goal);
        if (auto valid = validate(merged, checks); !valid)
            return valid.error();

        const bool linksChanged
            = merged.tags != stored->tags || merged.skillSlugs != stored->skillSlugs || merged.goalIds != stored->goalIds;
        if (!linksChanged && merged.date == stored->date && merged.title == stored->title && merged.body == stored->body
            && merged.impact == stored->impact && merged.starred == stored->starred)
            return {}; // nothing left to change: the row keeps its time of change too

        merged.updatedAt = nowUtc();
        Statement s(m_db,
                    "UPDATE win SET occurred_on = ?, title = ?, body = ?, impact = ?, starred = ?, updated_at = ?, tags = ?"
                    " WHERE id = ?");
        s.bind(1, merged.date).bind(2, merged.title).bind(3, orEmpty(merged.body));
        s.bind(4, orEmpty(merged.impact)).bind(5, merged.starred).bind(6, merged.updatedAt);
        s.bind(7, orEmpty(merged.tags.join(QLatin1Char(' ')))).bind(8, id);
        s.run();
        if (linksChanged) {
            Statement clearTags(m_db, "DELETE FROM win_tag WHERE win_id = ?");
            clearTags.bind(1, id).run();
            Statement clearSkills(m_db, "DELETE FROM win_skill WHERE win_id = ?");
            clearSkills.bind(1, id).run();
            Statement clearGoals(m_db, "DELETE FROM win_goal WHERE win_id = ?");
            clearGoals.bind(1, id).run();
            WinWriter(m_db).writeLinks(merged);
        }
        transaction.commit();
        return {};
    });
}

Result<void> WinStore::replace(Win win)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Known limitsOnly;
        limitsOnly.checkSkills = false;
        limitsOnly.goals = QSet<qint64>(win.goalIds.cbegin(), win.goalIds.cend());
        if (auto valid = validate(win, limitsOnly); !valid)
            return valid.error();
        Statement s(m_db,
                    "UPDATE win SET occurred_on = ?, title = ?, body = ?, impact = ?, starred = ?, created_at = ?, updated_at = ?,"
                    " tags = ? WHERE id = ?");
        s.bind(1, win.date).bind(2, win.title).bind(3, orEmpty(win.body)).bind(4, orEmpty(win.impact)).bind(5, win.starred);
        s.bind(6, win.createdAt).bind(7, win.updatedAt).bind(8, orEmpty(win.tags.join(QLatin1Char(' ')))).bind(9, win.id);
        s.run();
        if (m_db.changes() == 0)
            return Error(tr("no win with id %1").arg(win.id));
        for (const char *clear :
             {"DELETE FROM win_tag WHERE win_id = ?", "DELETE FROM win_skill WHERE win_id = ?", "DELETE FROM win_goal WHERE win_id = ?"}) {
            Statement unlink(m_db, clear);
            unlink.bind(1, win.id).run();
        }
        WinWriter(m_db).writeLinks(win);
        transaction.commit();
        return {};
    });
}

Result<void> WinStore::remove(qint64 id)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db, "DELETE FROM win WHERE id = ?");
        s.bind(1, id).run();
        if (m_db.changes() == 0)
            return Error(tr("no win with id %1").arg(id));
        transaction.commit();
        return {};
    });
}

QList<Win> WinStore::readAll(Statement &rows, const std::function<WinLinks(const std::vector<qint64> &)> &links)
{
    QList<Win> wins;
    std::vector<qint64> ids;
    while (rows.step()) {
        wins << readRow(rows);
        ids.push_back(wins.constLast().id);
    }
    if (wins.isEmpty())
        return wins;
    const WinLinks found = links(ids);
    for (Win &win : wins)
        found.fill(win);
    return wins;
}

Result<Win> WinStore::get(qint64 id)
{
    return guarded([&]() -> Result<Win> {
        const auto byIds = [&](const std::vector<qint64> &ids) { return WinLinks::load(m_db, ids); };
        Statement s(m_db, std::string(SelectWin) + "WHERE w.id = ?");
        s.bind(1, id);
        QList<Win> wins = readAll(s, byIds);
        if (wins.isEmpty())
            return Error(tr("no win with id %1").arg(id));
        return wins.takeFirst();
    });
}

Result<Win> WinStore::findByUuid(const QString &uuid)
{
    return guarded([&]() -> Result<Win> {
        const auto byIds = [&](const std::vector<qint64> &ids) { return WinLinks::load(m_db, ids); };
        Statement s(m_db, std::string(SelectWin) + "WHERE w.uuid = ?");
        s.bind(1, uuid);
        QList<Win> wins = readAll(s, byIds);
        if (wins.isEmpty())
            return Error(tr("no win with UUID %1").arg(uuid));
        return wins.takeFirst();
    });
}

Result<QList<Win>> WinStore::list(const WinFilter &filter)
{
    return guarded([&]() -> Result<QList<Win>> {
        const auto byIds = [&](const std::vector<qint64> &ids) { return WinLinks::load(m_db, ids); };
        Result<Where> where = buildWhere(filter);
        if (!where)
            return where.error();
        Statement s(m_db, listSql(m_db, filter, *where));
        bindAll(s, where->values);
        if (where->sql.isEmpty() && filter.limit <= 0)
            return readAll(s, [&](const std::vector<qint64> &) { return WinLinks::loadAll(m_db); });
        return readAll(s, byIds);
    });
}

Result<void> WinStore::forEach(const WinFilter &filter, const std::function<bool(const Win &)> &visit)
{
    return guarded([&]() -> Result<void> {
        Result<Where> where = buildWhere(filter);
        if (!where)
            return where.error();
        Statement s(m_db, listSql(m_db, filter, *where));
        bindAll(s, where->values);
        // A batch of rows at a time gets its links in one read per link table,
        // then is handed out; the statement stays where it was meanwhile.
        constexpr size_t Batch = 256;
        std::vector<Win> batch;
        std::vector<qint64> ids;
        batch.reserve(Batch);
        ids.reserve(Batch);
        const auto handOut = [&]() {
            const WinLinks links = WinLinks::load(m_db, ids);
            bool going = true;
            for (Win &win : batch) {
                links.fill(win);
                if (going)
                    going = visit(win);
            }
            batch.clear();
            ids.clear();
            return going;
        };
        bool going = true;
        while (going && s.step()) {
            batch.push_back(readRow(s));
            ids.push_back(batch.back().id);
            if (batch.size() == Batch)
                going = handOut();
        }
        if (going && !batch.empty())
            handOut();
        return {};
    });
}

Result<EvidenceSummary> WinStore::evidence(const Period &period, const QStringList &skillSlugs, int listLimit)
{
    return guarded([&]() -> Result<EvidenceSummary> {
        EvidenceSummary summary;
        const QSet<QString> wanted(skillSlugs.cbegin(), skillSlugs.cend());
        const bool listing = listLimit != 0;
        // One pass over the period's links: its range of the date index, then
        // each win's skill rows; for a listing also what WinOrder::strongestFirst
        // weighs, so that the choice is made by that one rule, in C++ (cheaper
        // than ranking every link in SQL, and never a second version of it).
        Statement links(m_db,
                        listing ? "SELECT ws.win_id, ws.skill_slug, w.occurred_on, w.starred, w.impact"
                                  " FROM win w JOIN win_skill ws ON ws.win_id = w.id WHERE w.occurred_on BETWEEN ?1 AND ?2"
                                : "SELECT ws.win_id, ws.skill_slug"
                                  " FROM win w JOIN win_skill ws ON ws.win_id = w.id WHERE w.occurred_on BETWEEN ?1 AND ?2");
        links.bind(1, period.from).bind(2, period.to);
        QSet<qint64> evidenceWins;
        QHash<QString, QList<Win>> weighed; // skill slug -> its wins, with only what the rule reads
        while (links.step()) {
            const QString slug = links.text(1);
            if (!wanted.contains(slug))
                continue;
            ++summary.counts[slug];
            evidenceWins.insert(links.int64(0));
            if (listing) {
                Win win;
                win.id = links.int64(0);
                win.date = links.date(2);
                win.starred = links.int64(3) != 0;
                win.impact = links.text(4);
                weighed[slug].append(std::move(win));
            }
        }
        summary.distinctWins = int(evidenceWins.size());
        if (!listing)
            return summary;

        // The strongest of each skill; then those wins read once, even when
        // they serve several skills.
        QHash<QString, QList<qint64>> picks;
        QSet<qint64> pickedIds;
        for (auto it = weighed.begin(); it != weighed.end(); ++it) {
            QList<qint64> &ids = picks[it.key()];
            for (const Win &win : WinOrder::strongest(std::move(it.value()), listLimit)) {
                ids.append(win.id);
                pickedIds.insert(win.id);
            }
        }
        weighed.clear();
        QByteArray ids = "[";
        for (qint64 id : std::as_const(pickedIds)) {
            if (ids.size() > 1)
                ids += ',';
            ids += QByteArray::number(id);
        }
        ids += ']';
        Statement rows(m_db, std::string(SelectWinSummary) + "WHERE w.id IN (SELECT value FROM json_each(?1))");
        rows.bindUtf8(1, ids);
        QHash<qint64, Win> byId;
        for (Win &win : readAll(rows, [&](const std::vector<qint64> &found) { return WinLinks::load(m_db, found); }))
            byId.insert(win.id, std::move(win));
        for (auto it = picks.cbegin(); it != picks.cend(); ++it) {
            QList<Win> &listed = summary.listed[it.key()];
            for (qint64 id : it.value())
                listed.append(byId.value(id));
            std::sort(listed.begin(), listed.end(), WinOrder::newestFirst);
        }
        return summary;
    });
}

Result<void> WinStore::forEach(const std::function<bool(const Win &)> &visit)
{
    return guarded([&]() -> Result<void> {
        const WinLinks links = WinLinks::loadAll(m_db);
        Statement s(m_db, std::string(SelectWin) + "ORDER BY w.occurred_on, w.id");
        while (s.step()) {
            Win win = readRow(s);
            links.fill(win);
            if (!visit(win))
                break;
        }
        return {};
    });
}

Result<qint64> WinStore::count(const WinFilter &filter)
{
    return guarded([&]() -> Result<qint64> {
        Result<Where> where = buildWhere(filter);
        if (!where)
            return where.error();
        Statement s(m_db, "SELECT count(*) FROM win w " + where->sql.toStdString());
        bindAll(s, where->values);
        s.step();
        return s.int64(0);
    });
}

Result<QMap<QDate, int>> WinStore::countPerDay(const QDate &from, const QDate &to)
{
    return guarded([&]() -> Result<QMap<QDate, int>> {
        // occurred_on is the first column of win_by_date: the range is read
        // from the index alone, already in day order.
        Statement s(m_db, "SELECT occurred_on, count(*) FROM win WHERE occurred_on BETWEEN ?1 AND ?2 GROUP BY occurred_on");
        s.bind(1, from).bind(2, to);
        QMap<QDate, int> counts;
        while (s.step())
            counts.insert(s.date(0), s.integer(1));
        return counts;
    });
}

Result<qint64> WinStore::position(const WinFilter &filter, qint64 id)
{
    return guarded([&]() -> Result<qint64> {
        Result<Where> where = buildWhere(filter);
        if (!where)
            return where.error();
        const int idIndex = int(where->values.size()) + 1;
        Statement listed(m_db, "SELECT count(*) FROM win w" + whereAnd(*where, "w.id = ?"));
        bindAll(listed, where->values);
        listed.bind(idIndex, id);
        listed.step();
        if (listed.int64(0) == 0)
            return qint64(-1);
        // The wins listed before it: one range of the sort's index, counted.
        const std::string row = "(" + joined(sortTerms(filter, "w"), "") + ")";
        const std::string anchor = "(SELECT " + joined(sortTerms(filter, "a"), "") + " FROM win a WHERE a.id = ?)";
        Statement before(m_db, "SELECT count(*) FROM win w" + whereAnd(*where, row + (filter.ascending ? " < " : " > ") + anchor));
        bindAll(before, where->values);
        before.bind(idIndex, id);
        before.step();
        return before.int64(0);
    });
}

Result<qint64> WinStore::onOrBefore(const WinFilter &filter, const QDate &day)
{
    return guarded([&]() -> Result<qint64> {
        Result<Where> where = buildWhere(filter);
        if (!where)
            return where.error();
        Statement latest(m_db, "SELECT w.id FROM win w" + whereAnd(*where, "w.occurred_on <= ?") + std::string(NewestFirst) + " LIMIT 1");
        bindAll(latest, where->values);
        latest.bind(int(where->values.size()) + 1, day);
        if (latest.step())
            return latest.int64(0);
        // Before the first win: the oldest is the nearest.
        Statement oldest(m_db, "SELECT w.id FROM win w " + where->sql.toStdString() + " ORDER BY w.occurred_on, w.id LIMIT 1");
        bindAll(oldest, where->values);
        return oldest.step() ? oldest.int64(0) : qint64(0);
    });
}

Result<QStringList> WinStore::tags()
{
    return guarded([&]() -> Result<QStringList> {
        // One index seek per tag: "id IN (SELECT tag_id FROM win_tag)" read every
        // link first, on the GUI's way to first paint (docs/performance.md).
        Statement s(m_db, "SELECT name FROM tag t WHERE EXISTS (SELECT 1 FROM win_tag wt WHERE wt.tag_id = t.id) ORDER BY name");
        QStringList names;
        while (s.step())
            names << s.text(0);
        return names;
    });
}

} // namespace ladder
