#pragma once

#include "Statement.h"
#include "domain/Win.h"

#include <QHash>

namespace ladder {

class Database;

// Inserts wins and their links with statements taken once: one writer serves
// a single add, or every win of a bulk add (WinStore::addMany), remembering
// tag ids along the way. Callers validate and hold the transaction. Throws
// StorageError, like Statement.
class WinWriter
{
public:
    explicit WinWriter(Database &db);

    // Inserts a validated win and sets its id. A new UUID and timestamps are
    // made unless `keepIdentity`, which keeps id (when free), UUID and times.
    // With `skipPresent`, a win whose UUID is already stored is left alone and
    // false returned.
    bool insert(Win &win, bool keepIdentity, bool skipPresent = false);
    // Links a freshly inserted (or just unlinked) win to its tags, skills and goals.
    void writeLinks(const Win &win);

private:
    Database &m_db;
    Statement m_idTaken;
    Statement m_insert;
    Statement m_insertNew;
    Statement m_addTag;
    Statement m_tagId;
    Statement m_linkTag;
    Statement m_linkSkill;
    Statement m_linkGoal;
    QHash<QString, qint64> m_tagIds;
};

} // namespace ladder
