// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinWriter.h"

#include "Database.h"

#include <QUuid>

#include <algorithm>

namespace ladder {

namespace {

constexpr std::string_view InsertWin
    = "INSERT INTO win(id, uuid, occurred_on, title, body, impact, starred, created_at, updated_at, tags, source)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

} // namespace

WinWriter::WinWriter(Database &db, Batching batching)
    : m_db(db)
    , m_batching(batching)
    , m_idTaken(db, "SELECT 1 FROM win WHERE id = ?")
    , m_insert(db, InsertWin)
    // A UUID or source already stored makes this insert do nothing (an
    // import's "already present"): a win imported from jrnl here and reached
    // again through another database's export is the same win.
    , m_insertNew(db, std::string(InsertWin) + " ON CONFLICT DO NOTHING")
    , m_addTag(db, "INSERT INTO tag(name) VALUES (?) ON CONFLICT(name) DO NOTHING")
    , m_tagId(db, "SELECT id FROM tag WHERE name = ?")
    , m_linkTag(db, "INSERT INTO win_tag(win_id, tag_id) VALUES (?, ?)")
    , m_linkSkill(db, "INSERT INTO win_skill(win_id, skill_slug) VALUES (?, ?)")
    , m_linkGoal(db, "INSERT INTO win_goal(win_id, goal_id) VALUES (?, ?)")
    // The text is read back from the row just written rather than bound again.
    , m_index(db, "INSERT INTO win_fts(rowid, title, body, impact, tags) SELECT id, title, body, impact, tags FROM win WHERE id = ?")
{
}

bool WinWriter::idIsFree(qint64 id)
{
    if (m_maxId < 0) {
        Statement max(m_db, "SELECT coalesce(max(id), 0) FROM win");
        max.step();
        m_maxId = max.int64(0);
    }
    if (id > m_maxId)
        return true;
    const bool taken = m_idTaken.bind(1, id).step();
    m_idTaken.reset();
    return !taken;
}

bool WinWriter::insert(Win &win, bool keepIdentity, bool skipPresent)
{
    if (!keepIdentity || win.uuid.isEmpty())
        win.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!keepIdentity || !win.createdAt.isValid()) {
        win.createdAt = nowUtc();
        win.updatedAt = win.createdAt;
    }
    if (!win.updatedAt.isValid())
        win.updatedAt = win.createdAt;
    if (keepIdentity && win.id > 0) {
        if (!idIsFree(win.id))
            win.id = 0; // keep the UUID, let SQLite choose a free id
    } else {
        win.id = 0;
    }
    Statement &insert = skipPresent ? m_insertNew : m_insert;
    if (win.id > 0)
        insert.bind(1, win.id);
    else
        insert.bindNull(1);
    insert.bind(2, win.uuid).bind(3, win.date).bind(4, win.title).bind(5, orEmpty(win.body));
    insert.bind(6, orEmpty(win.impact)).bind(7, win.starred);
    insert.bind(8, win.createdAt).bind(9, win.updatedAt).bind(10, orEmpty(win.tags.join(QLatin1Char(' '))));
    if (win.source.isEmpty())
        insert.bindNull(11);
    else
        insert.bind(11, win.source);
    insert.run();
    insert.reset();
    if (skipPresent && m_db.changes() == 0)
        return false;
    win.id = m_db.lastInsertRowId();
    if (m_maxId >= 0 && win.id > m_maxId)
        m_maxId = win.id;

    if (m_batching == Batching::EachWin) {
        writeLinks(win);
        m_index.bind(1, win.id).run();
        m_index.reset();
        return true;
    }
    for (const QString &tag : win.tags)
        m_pendingTags.append({win.id, tagId(tag)});
    for (const QString &slug : win.skillSlugs)
        m_pendingSkills.append({win.id, slug});
    for (qint64 goal : win.goalIds)
        m_pendingGoals.append({win.id, goal});
    m_pendingIndex += m_pendingIndex.isEmpty() ? '[' : ',';
    m_pendingIndex += QByteArray::number(win.id);
    return true;
}

qint64 WinWriter::tagId(const QString &name)
{
    qint64 id = m_tagIds.value(name);
    if (id == 0) {
        m_addTag.bind(1, name).run();
        m_addTag.reset();
        m_tagId.bind(1, name).step();
        id = m_tagId.int64(0);
        m_tagId.reset();
        m_tagIds.insert(name, id);
    }
    return id;
}

void WinWriter::writeLinks(const Win &win)
{
    for (const QString &tag : win.tags) {
        m_linkTag.bind(1, win.id).bind(2, tagId(tag)).run();
        m_linkTag.reset();
    }
    for (const QString &slug : win.skillSlugs) {
        m_linkSkill.bind(1, win.id).bind(2, slug).run();
        m_linkSkill.reset();
    }
    for (qint64 goal : win.goalIds) {
        m_linkGoal.bind(1, win.id).bind(2, goal).run();
        m_linkGoal.reset();
    }
}

namespace {

// Inserts `rows` (pairs of values) into `table(columns)`, many rows to a
// statement: each statement run opens the table's cursors and the foreign
// key parents' once for all its rows.
template<typename Second>
void insertPairs(Database &db, std::string_view into, const QList<std::pair<qint64, Second>> &rows)
{
    constexpr qsizetype RowsPerStatement = 128;
    auto sqlFor = [&](qsizetype count) {
        std::string sql = "INSERT INTO ";
        sql += into;
        sql += " VALUES ";
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? "(?,?)" : ",(?,?)";
        return sql;
    };
    for (qsizetype done = 0; done < rows.size(); done += RowsPerStatement) {
        const qsizetype count = std::min(RowsPerStatement, rows.size() - done);
        // Prepared once per size: the database's statement cache keeps it.
        Statement insert(db, sqlFor(count));
        for (qsizetype i = 0; i < count; ++i)
            insert.bind(int(2 * i + 1), rows[done + i].first).bind(int(2 * i + 2), rows[done + i].second);
        insert.run();
    }
}

} // namespace

void WinWriter::finish()
{
    insertPairs(m_db, "win_tag(win_id, tag_id)", m_pendingTags);
    insertPairs(m_db, "win_skill(win_id, skill_slug)", m_pendingSkills);
    insertPairs(m_db, "win_goal(win_id, goal_id)", m_pendingGoals);
    m_pendingTags.clear();
    m_pendingSkills.clear();
    m_pendingGoals.clear();
    if (!m_pendingIndex.isEmpty()) {
        m_pendingIndex += ']';
        Statement index(m_db,
                        "INSERT INTO win_fts(rowid, title, body, impact, tags)"
                        " SELECT id, title, body, impact, tags FROM win WHERE id IN (SELECT value FROM json_each(?1))");
        index.bindUtf8(1, m_pendingIndex).run();
        m_pendingIndex.clear();
    }
}

} // namespace ladder
