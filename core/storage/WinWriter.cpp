#include "WinWriter.h"

#include "Database.h"

#include <QUuid>

namespace ladder {

namespace {

constexpr std::string_view InsertWin = "INSERT INTO win(id, uuid, occurred_on, title, body, impact, starred, created_at, updated_at, tags)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

WinWriter::WinWriter(Database &db, Indexing indexing)
    : m_db(db)
    , m_indexing(indexing)
    , m_idTaken(db, "SELECT 1 FROM win WHERE id = ?")
    , m_insert(db, InsertWin)
    // A UUID already stored makes this insert do nothing (an import's "already present").
    , m_insertNew(db, std::string(InsertWin) + " ON CONFLICT(uuid) DO NOTHING")
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
            win.id = 0;  // keep the UUID, let SQLite choose a free id
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
    insert.run();
    insert.reset();
    if (skipPresent && m_db.changes() == 0)
        return false;
    win.id = m_db.lastInsertRowId();
    if (m_maxId >= 0 && win.id > m_maxId)
        m_maxId = win.id;
    if (m_indexing == Indexing::EachWin) {
        m_index.bind(1, win.id).run();
        m_index.reset();
    } else {
        m_pending += m_pending.isEmpty() ? '[' : ',';
        m_pending += QByteArray::number(win.id);
    }
    return true;
}

void WinWriter::indexPending()
{
    if (m_pending.isEmpty())
        return;
    m_pending += ']';
    Statement index(m_db, "INSERT INTO win_fts(rowid, title, body, impact, tags)"
                          " SELECT id, title, body, impact, tags FROM win WHERE id IN (SELECT value FROM json_each(?))");
    index.bindUtf8(1, m_pending).run();
    m_pending.clear();
}

void WinWriter::writeLinks(const Win &win)
{
    for (const QString &tag : win.tags) {
        qint64 id = m_tagIds.value(tag);
        if (id == 0) {
            m_addTag.bind(1, tag).run();
            m_addTag.reset();
            m_tagId.bind(1, tag).step();
            id = m_tagId.int64(0);
            m_tagId.reset();
            m_tagIds.insert(tag, id);
        }
        m_linkTag.bind(1, win.id).bind(2, id).run();
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

} // namespace ladder
