// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Result.h"

#include <QString>

namespace ladder {

class Database;

// Small per-database settings (key/value): the user's current level and name.
// They live in the database, not in QSettings, so CLI and GUI agree.
class SettingStore
{
public:
    explicit SettingStore(Database &db);

    Result<QString> value(const QString &key, const QString &fallback = {});
    Result<void> setValue(const QString &key, const QString &value);

    static QString currentLevelKey() { return QStringLiteral("current-level"); }
    static QString userNameKey() { return QStringLiteral("user-name"); }

private:
    Database &m_db;
};

} // namespace ladder
