// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Win.h"
#include "Statement.h"

#include <QByteArray>
#include <QHash>

namespace ladder {

class Database;

// Inserts wins, their links and their full-text index rows with statements
// taken once: one writer serves a single add, or every win of a bulk add
// (WinStore::addMany), remembering tag ids along the way. It is the one place
// wins are inserted (schema version 2 has no insert trigger: see
// SchemaManager). Callers validate and hold the transaction. Throws
// StorageError, like Statement.
class WinWriter
{
public:
    // EachWin writes a win's links and index row with the win. AtTheEnd
    // gathers them and writes them table by table in finish(), 128 rows to a
    // statement: a row-at-a-time INSERT opens its table's and its foreign key
    // parent's cursors anew each time, and alternating between tables was
    // half the time of importing 100,000 wins; FTS5 builds its index in one
    // pass instead of win by win.
    enum class Batching { EachWin, AtTheEnd };

    explicit WinWriter(Database &db, Batching batching = Batching::EachWin);

    // Inserts a validated win and sets its id. A new UUID and timestamps are
    // made unless `keepIdentity`, which keeps id (when free), UUID and times.
    // With `skipPresent` (an import) a UUID the win has is kept, and a win
    // whose UUID or source is already stored is left alone and false
    // returned. Links and index row follow (see Batching).
    bool insert(Win &win, bool keepIdentity, bool skipPresent = false);
    // Links a win whose links were just removed (an edit) to its tags, skills
    // and goals.
    void writeLinks(const Win &win);
    // Writes what Batching::AtTheEnd gathered; before the transaction commits.
    void finish();

private:
    // Whether an imported win can keep its id: a free id is either above every
    // id stored (most of an import into a new file, asked once) or looked up.
    bool idIsFree(qint64 id);
    qint64 tagId(const QString &name);

    Database &m_db;
    Batching m_batching;
    qint64 m_maxId = -1; // -1: not read yet
    QHash<QString, qint64> m_tagIds;
    // Batching::AtTheEnd: the links to write, and a JSON array of the win ids to index.
    QList<std::pair<qint64, qint64>> m_pendingTags;
    QList<std::pair<qint64, QString>> m_pendingSkills;
    QList<std::pair<qint64, qint64>> m_pendingGoals;
    QByteArray m_pendingIndex;
    Statement m_idTaken;
    Statement m_insert;
    Statement m_insertNew;
    Statement m_addTag;
    Statement m_tagId;
    Statement m_linkTag;
    Statement m_linkSkill;
    Statement m_linkGoal;
    Statement m_index;
};

} // namespace ladder
