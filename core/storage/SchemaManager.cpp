// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaManager.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ladder {

namespace {

// Version 1: the whole data model of docs/architecture.md ("Domain words"). Every row has a UUID besides
// its integer id so that databases can be merged and exports round-trip.
// Skills are referred to by slug outside the framework tables, so that
// assessments, wins and goals survive switching to another framework.
void createVersion1(Database &db)
{
    db.exec(R"sql(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE framework (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);

CREATE TABLE level (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    framework_id INTEGER NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
    slug         TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    rank         INTEGER NOT NULL,
    UNIQUE (framework_id, slug),
    UNIQUE (framework_id, rank)
);

CREATE TABLE category (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    framework_id INTEGER NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
    slug         TEXT NOT NULL,
    name         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    UNIQUE (framework_id, slug)
);

CREATE TABLE skill (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    framework_id INTEGER NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
    category_id  INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
    slug         TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL,
    UNIQUE (framework_id, slug)
);
CREATE INDEX skill_by_category ON skill(category_id);

CREATE TABLE expectation (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    skill_id    INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    level_id    INTEGER NOT NULL REFERENCES level(id) ON DELETE CASCADE,
    proficiency INTEGER NOT NULL CHECK (proficiency BETWEEN 0 AND 4),
    behaviours  TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    UNIQUE (skill_id, level_id)
);
CREATE INDEX expectation_by_level ON expectation(level_id);

CREATE TABLE assessment (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    skill_slug  TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    assessed_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX assessment_by_skill ON assessment(skill_slug, assessed_on, id);

CREATE TABLE goal (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    created_on TEXT NOT NULL,
    due_on     TEXT,
    closed_on  TEXT
);

CREATE TABLE milestone (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    goal_id  INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    due_on   TEXT,
    done_on  TEXT,
    UNIQUE (goal_id, position)
);

CREATE TABLE goal_skill (
    goal_id    INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    skill_slug TEXT NOT NULL,
    PRIMARY KEY (goal_id, skill_slug)
) WITHOUT ROWID;

CREATE TABLE win (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    occurred_on TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    impact      TEXT NOT NULL DEFAULT '',
    starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    tags        TEXT NOT NULL DEFAULT '',  -- the win_tag names, space-separated, for full-text search
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX win_by_date ON win(occurred_on, id);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE win_tag (
    win_id INTEGER NOT NULL REFERENCES win(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (win_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX win_tag_by_tag ON win_tag(tag_id, win_id);

CREATE TABLE win_skill (
    win_id     INTEGER NOT NULL REFERENCES win(id) ON DELETE CASCADE,
    skill_slug TEXT NOT NULL,
    PRIMARY KEY (win_id, skill_slug)
) WITHOUT ROWID;
CREATE INDEX win_skill_by_skill ON win_skill(skill_slug, win_id);

CREATE TABLE win_goal (
    win_id  INTEGER NOT NULL REFERENCES win(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    PRIMARY KEY (win_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX win_goal_by_goal ON win_goal(goal_id, win_id);
)sql");

    // Full-text index of wins over the win table itself (external content: no
    // second copy of the text). The win row carries its tags as text so that
    // one trigger per change of a win keeps the index in step.
    db.exec(R"sql(
CREATE VIRTUAL TABLE win_fts USING fts5(
    title, body, impact, tags,
    content = 'win', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A bulk add (WinStore::addMany) puts a row here inside its own transaction,
-- so no other connection ever sees it, and indexes its wins with one statement
-- at the end: FTS5 writes its pending index out at every statement that fires
-- the trigger, which made adding 100,000 wins ten times slower.
CREATE TABLE win_fts_deferred (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

CREATE TRIGGER win_fts_insert AFTER INSERT ON win WHEN NOT EXISTS (SELECT 1 FROM win_fts_deferred) BEGIN
    INSERT INTO win_fts(rowid, title, body, impact, tags) VALUES (new.id, new.title, new.body, new.impact, new.tags);
END;
CREATE TRIGGER win_fts_delete AFTER DELETE ON win BEGIN
    INSERT INTO win_fts(win_fts, rowid, title, body, impact, tags) VALUES ('delete', old.id, old.title, old.body, old.impact, old.tags);
END;
CREATE TRIGGER win_fts_update AFTER UPDATE OF title, body, impact, tags ON win BEGIN
    INSERT INTO win_fts(win_fts, rowid, title, body, impact, tags) VALUES ('delete', old.id, old.title, old.body, old.impact, old.tags);
    INSERT INTO win_fts(rowid, title, body, impact, tags) VALUES (new.id, new.title, new.body, new.impact, new.tags);
END;
)sql");
}

// Version 2: wins are put into the full-text index by WinWriter, the one
// place wins are inserted, instead of by an insert trigger. A trigger makes
// every INSERT INTO win a statement that writes several tables, and SQLite
// keeps a statement journal for such a statement: inside an import's one big
// transaction that meant copying every page each insert touched to a temporary
// file, 936,000 page writes for 100,000 wins (docs/performance.md). With the
// trigger goes the switch a bulk add used to turn it off.
void upgradeToVersion2(Database &db)
{
    db.exec("DROP TRIGGER win_fts_insert;"
            "DROP TABLE win_fts_deferred;");
}

// Version 3: the file says it is Ladder's (PRAGMA application_id, in the
// header, where file(1) and Ladder itself read it), so that another program's
// SQLite file that happens to have user_version 1 or 2 is never taken for
// one and changed.
void upgradeToVersion3(Database &db)
{
    static_assert(SchemaManager::ApplicationIdVersion == 3);
    db.exec(QByteArrayLiteral("PRAGMA application_id = ").append(QByteArray::number(SchemaManager::ApplicationId)).constData());
}

// Version 4: history brought in from elsewhere (docs/formats.md).
// - win.source: where an imported win came from ("jrnl:…", "csv:…", "git:…"),
//   unique, so that importing a file twice adds nothing the second time.
// - harvested_commit: the commits `harvest git` turned into wins, so that
//   they are not proposed again.
// - goal.updated_at: when a goal or its milestones last changed, so that a
//   merge of two databases keeps the newer edit ('' for goals from before).
void upgradeToVersion4(Database &db)
{
    db.exec(R"sql(
ALTER TABLE win ADD COLUMN source TEXT;
CREATE UNIQUE INDEX win_by_source ON win(source) WHERE source IS NOT NULL;

CREATE TABLE harvested_commit (
    sha          TEXT PRIMARY KEY,
    win_id       INTEGER REFERENCES win(id) ON DELETE SET NULL,
    harvested_at TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE goal ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
)sql");
}

// Version 5: company ladders, faithfully (docs/formats.md, framework format
// version 2).
// - framework.scale: the framework's own proficiency scale as a JSON list of
//   steps ('' for the built-in 0-4); expectations and ratings may go up to 10,
//   so the two tables whose CHECK said 0-4 are rebuilt (SQLite cannot change
//   a CHECK in place).
// - expectation.applicable / summary, category.description.
// - extensions: each framework row's `x-…` keys as a JSON object ('' none),
//   kept for the export and never read by the engine.
// - framework.current_level: the user's level in each framework, so that
//   switching frameworks back and forth keeps it. The one stored setting it
//   replaces becomes the active framework's.
void upgradeToVersion5(Database &db)
{
    db.exec(R"sql(
ALTER TABLE framework ADD COLUMN scale TEXT NOT NULL DEFAULT '';
ALTER TABLE framework ADD COLUMN extensions TEXT NOT NULL DEFAULT '';
ALTER TABLE framework ADD COLUMN current_level TEXT NOT NULL DEFAULT '';
ALTER TABLE level ADD COLUMN extensions TEXT NOT NULL DEFAULT '';
ALTER TABLE category ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE category ADD COLUMN extensions TEXT NOT NULL DEFAULT '';
ALTER TABLE skill ADD COLUMN extensions TEXT NOT NULL DEFAULT '';

CREATE TABLE expectation_v5 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    skill_id    INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    level_id    INTEGER NOT NULL REFERENCES level(id) ON DELETE CASCADE,
    applicable  INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
    proficiency INTEGER NOT NULL CHECK (proficiency BETWEEN 0 AND 10),
    summary     TEXT NOT NULL DEFAULT '',
    behaviours  TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    extensions  TEXT NOT NULL DEFAULT '',
    UNIQUE (skill_id, level_id)
);
INSERT INTO expectation_v5(id, uuid, skill_id, level_id, proficiency, behaviours)
    SELECT id, uuid, skill_id, level_id, proficiency, behaviours FROM expectation;
DROP TABLE expectation;
ALTER TABLE expectation_v5 RENAME TO expectation;
CREATE INDEX expectation_by_level ON expectation(level_id);

CREATE TABLE assessment_v5 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    skill_slug  TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    assessed_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
INSERT INTO assessment_v5 SELECT id, uuid, skill_slug, rating, assessed_on, note, created_at FROM assessment;
DROP TABLE assessment;
ALTER TABLE assessment_v5 RENAME TO assessment;
CREATE INDEX assessment_by_skill ON assessment(skill_slug, assessed_on, id);

UPDATE framework SET current_level = coalesce((SELECT value FROM setting WHERE key = 'current-level'), '') WHERE active = 1;
DELETE FROM setting WHERE key = 'current-level';
)sql");
}

// Version 6: the wins table sorts by title, impact and star in SQL, a page
// at a time (WinStore's sortTerms): one index per sort, each ending on date
// and id as the sort does, so that any page of 100,000 sorted wins is a walk
// along an index rather than a sort of them all. Impact has two: ascending
// puts the wins without one last, descending has them last by itself.
void upgradeToVersion6(Database &db)
{
    db.exec(R"sql(
CREATE INDEX win_by_title ON win(title COLLATE NOCASE, occurred_on, id);
CREATE INDEX win_by_impact ON win(impact COLLATE NOCASE, occurred_on, id);
CREATE INDEX win_by_impact_given ON win((impact = ''), impact COLLATE NOCASE, occurred_on, id);
CREATE INDEX win_by_star ON win(starred, occurred_on, id);
)sql");
}

// steps[i] upgrades version i to version i + 1.
constexpr std::array<SchemaManager::Step, SchemaManager::CurrentVersion> Steps
    = {createVersion1, upgradeToVersion2, upgradeToVersion3, upgradeToVersion4, upgradeToVersion5, upgradeToVersion6};

int userVersion(Database &db)
{
    Statement s(db, "PRAGMA user_version");
    s.step();
    return s.integer(0);
}

// PRAGMA user_version of a database file, from its header (bytes 60-63).
int fileUserVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(60))
        return -1;
    const QByteArray bytes = f.read(4);
    if (bytes.size() != 4)
        return -1;
    return int((quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16) | (quint32(quint8(bytes[2])) << 8)
               | quint32(quint8(bytes[3])));
}

// Copies the file to NAME.vN.bak before it is upgraded from version N. The copy
// is made under another name and renamed into place only when it holds version
// N: if another process upgraded the file meanwhile, its own backup of version N
// stays as it is.
Result<void> backUp(Database &db, int version)
{
    const QString backup = SchemaManager::backupPath(db.path(), version);
    const QString partial = backup + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    if (auto copied = db.backupTo(partial); !copied)
        return copied;
    if (fileUserVersion(partial) != version) {
        QFile::remove(partial);
        return {};
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(backup).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(partial);
        return Error(SchemaManager::tr("cannot create %1: %2").arg(backup, why));
    }
    return {};
}

} // namespace

QString SchemaManager::backupPath(const QString &path, int version)
{
    return path + QStringLiteral(".v%1.bak").arg(version);
}

Result<void> SchemaManager::upgrade(Database &db, int fromVersion)
{
    return upgrade(db, fromVersion, Steps);
}

Result<void> SchemaManager::upgrade(Database &db, int fromVersion, std::span<const Step> steps)
{
    const int target = int(steps.size());
    if (fromVersion >= target)
        return {};
    if (fromVersion > 0) {
        if (auto copied = backUp(db, fromVersion); !copied)
            return Error(tr("cannot upgrade %1: the backup before the upgrade failed: %2").arg(db.path(), copied.error().message()));
    }
    int version = fromVersion;
    try {
        for (; version < target; ++version) {
            Transaction transaction(db);
            // Another process may have done this step while we waited for the lock.
            if (userVersion(db) > version)
                continue;
            steps[std::size_t(version)](db);
            db.exec(QByteArrayLiteral("PRAGMA user_version = ").append(QByteArray::number(version + 1)).constData());
            transaction.commit();
        }
    } catch (const StorageError &e) {
        QString message
            = tr("cannot upgrade %1 from schema version %2 to %3: %4").arg(db.path()).arg(version).arg(version + 1).arg(e.message());
        if (fromVersion > 0)
            message += tr(" (the copy from before the upgrade is %1)").arg(backupPath(db.path(), fromVersion));
        return Error(message);
    }
    return {};
}

} // namespace ladder
