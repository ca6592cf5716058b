// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Result.h"

#include <span>

#include <QCoreApplication>

namespace ladder {

class Database;

// Brings a database from the version in PRAGMA user_version to CurrentVersion,
// one function per step, each in its own transaction. Before upgrading an
// existing file it is copied beside itself ("NAME.v1.bak", 0600), so an upgrade
// can always be undone by hand. Several processes may open an old file at once:
// each step re-reads the version under the write lock and is done only once,
// and a backup is only kept if it really holds the version it is named after.
class SchemaManager
{
    Q_DECLARE_TR_FUNCTIONS(SchemaManager)

public:
    static constexpr int CurrentVersion = 6;
    // The first version whose files carry Ladder's application_id; older
    // files are recognised by their tables.
    static constexpr int ApplicationIdVersion = 3;
    static constexpr int ApplicationId = 0x4C414452; // "LADR"
    // Upgrades the schema from version i to i + 1; throws StorageError.
    using Step = void (*)(Database &);

    static Result<void> upgrade(Database &db, int fromVersion);
    // The same with the given steps (steps[i] upgrades version i to i + 1, the
    // last one to steps.size()). upgrade() passes Ladder's own; tests pass
    // theirs to prove the mechanism before a second schema version exists.
    static Result<void> upgrade(Database &db, int fromVersion, std::span<const Step> steps);
    // Where the automatic pre-upgrade backup of `path` at `version` goes.
    static QString backupPath(const QString &path, int version);
};

} // namespace ladder
