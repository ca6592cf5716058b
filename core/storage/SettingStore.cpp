// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingStore.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

namespace ladder {

SettingStore::SettingStore(Database &db)
    : m_db(db)
{
}

Result<QString> SettingStore::value(const QString &key, const QString &fallback)
{
    return guarded([&]() -> Result<QString> {
        Statement s(m_db, "SELECT value FROM setting WHERE key = ?");
        s.bind(1, key);
        return s.step() ? s.text(0) : fallback;
    });
}

Result<void> SettingStore::setValue(const QString &key, const QString &value)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db, "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        s.bind(1, key).bind(2, value).run();
        transaction.commit();
        return {};
    });
}

} // namespace ladder
