// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ladder {

class Database;

// The commits `harvest git` has turned into wins (table harvested_commit), so
// that they are not proposed again, even after their win is deleted.
class HarvestStore
{
public:
    explicit HarvestStore(Database &db);

    // Which of `shas` were harvested before.
    Result<QSet<QString>> harvested(const QStringList &shas);
    // Records `shas` as harvested into the win whose source is `winSource`
    // (in the caller's transaction, or one of its own); returns that win's id.
    Result<qint64> record(const QStringList &shas, const QString &winSource, const QDateTime &at);
    // Forgets `shas` again (an undone harvest).
    Result<void> forget(const QStringList &shas);

private:
    Database &m_db;
};

} // namespace ladder
