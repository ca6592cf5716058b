#pragma once

#include "WinFilter.h"
#include "domain/Result.h"
#include "domain/Win.h"

#include <QList>
#include <QStringList>

namespace ladder {

class Database;

// Reads and writes the wins journal. Each write is one transaction (nested as a
// savepoint when the caller already holds one, as an import does).
class WinStore
{
public:
    explicit WinStore(Database &db);

    // Checks the win (a title, a valid date, skills of the active framework,
    // existing goals), stores it and returns its id. A new UUID and timestamps
    // are made unless `keepIdentity` (import), which keeps id, uuid and times.
    Result<qint64> add(Win win, bool keepIdentity = false);
    Result<void> update(Win win);
    Result<void> remove(qint64 id);
    Result<Win> get(qint64 id);
    Result<Win> findByUuid(const QString &uuid);
    Result<QList<Win>> list(const WinFilter &filter);
    Result<qint64> count(const WinFilter &filter);
    Result<QStringList> tags();

private:
    Result<void> validate(Win &win, bool checkSkills);
    // `fresh`: a new win has no links to clear.
    void writeLinks(const Win &win, bool fresh);

    Database &m_db;
};

// Tags are stored lower-case, without '@'/'#', sorted and unique.
QStringList normalizedTags(const QStringList &tags);

} // namespace ladder
