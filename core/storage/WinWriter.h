#pragma once

#include "Statement.h"
#include "domain/Win.h"

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
    // EachWin indexes a win as it is inserted. AtTheEnd leaves that to
    // indexPending(), one statement for all: FTS5 then builds its index in one
    // pass instead of writing it out win by win.
    enum class Indexing { EachWin, AtTheEnd };

    explicit WinWriter(Database &db, Indexing indexing = Indexing::EachWin);

    // Inserts a validated win and sets its id. A new UUID and timestamps are
    // made unless `keepIdentity`, which keeps id (when free), UUID and times.
    // With `skipPresent`, a win whose UUID is already stored is left alone and
    // false returned.
    bool insert(Win &win, bool keepIdentity, bool skipPresent = false);
    // Links a freshly inserted (or just unlinked) win to its tags, skills and goals.
    void writeLinks(const Win &win);
    // Indexes the wins inserted since the last call (Indexing::AtTheEnd);
    // before the transaction commits, or they cannot be found by search.
    void indexPending();

private:
    // Whether an imported win can keep its id: a free id is either above every
    // id stored (most of an import into a new file, asked once) or looked up.
    bool idIsFree(qint64 id);

    Database &m_db;
    Indexing m_indexing;
    qint64 m_maxId = -1;  // -1: not read yet
    QByteArray m_pending;  // JSON array of ids to index (AtTheEnd)
    Statement m_idTaken;
    Statement m_insert;
    Statement m_insertNew;
    Statement m_addTag;
    Statement m_tagId;
    Statement m_linkTag;
    Statement m_linkSkill;
    Statement m_linkGoal;
    Statement m_index;
    QHash<QString, qint64> m_tagIds;
};

} // namespace ladder
