#pragma once

#include "domain/Result.h"

namespace ladder {

class Database;

// Brings a database from the version in PRAGMA user_version to CurrentVersion,
// one function per step, each in its own transaction. Before upgrading an
// existing file it is copied beside itself ("NAME.v1.bak", 0600), so an upgrade
// can always be undone by hand.
class SchemaManager
{
public:
    static constexpr int CurrentVersion = 1;

    static Result<void> upgrade(Database &db, int fromVersion);
    // Where the automatic pre-upgrade backup of `path` at `version` goes.
    static QString backupPath(const QString &path, int version);
};

} // namespace ladder
