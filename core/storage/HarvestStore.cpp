// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarvestStore.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ladder {

namespace {

// Any number of values in one statement: a JSON array read with json_each.
QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

HarvestStore::HarvestStore(Database &db)
    : m_db(db)
{
}

Result<QSet<QString>> HarvestStore::harvested(const QStringList &shas)
{
    return guarded([&]() -> Result<QSet<QString>> {
        QSet<QString> found;
        if (shas.isEmpty())
            return found;
        Statement s(m_db, "SELECT sha FROM harvested_commit WHERE sha IN (SELECT value FROM json_each(?))");
        s.bind(1, jsonArray(shas));
        while (s.step())
            found.insert(s.text(0));
        return found;
    });
}

Result<qint64> HarvestStore::record(const QStringList &shas, const QString &winSource, const QDateTime &at)
{
    return guarded([&]() -> Result<qint64> {
        Transaction transaction(m_db);
        Statement win(m_db, "SELECT id FROM win WHERE source = ?");
        const qint64 winId = win.bind(1, winSource).step() ? win.int64(0) : 0;
        Statement s(m_db,
                    "INSERT OR IGNORE INTO harvested_commit (sha, win_id, harvested_at) "
                    "SELECT value, NULLIF(?, 0), ? FROM json_each(?)");
        s.bind(1, winId).bind(2, at).bind(3, jsonArray(shas));
        s.run();
        transaction.commit();
        return winId;
    });
}

Result<void> HarvestStore::forget(const QStringList &shas)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db, "DELETE FROM harvested_commit WHERE sha IN (SELECT value FROM json_each(?))");
        s.bind(1, jsonArray(shas));
        s.run();
        transaction.commit();
        return {};
    });
}

} // namespace ladder
