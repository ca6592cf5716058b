// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

// The files that belong to the databases this process has open: each database
// and its -wal, -shm and -journal side files. POSIX locks belong to the
// process, so opening and closing any of them outside SQLite drops the locks
// SQLite holds on them, and writing to them corrupts the database
// (docs/reliability.md). Every output path is checked here before anything
// opens it; the list is kept by Database itself, so no caller can forget.
class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)

public:
    // Called by Database when it opens and closes a file (reference counted:
    // a process may hold several connections to one file).
    static void add(const QString &databasePath);
    static void remove(const QString &databasePath);

    // An error when `target` is, or would be, one of those files: by name
    // (after following symbolic links, for side files that do not exist yet)
    // or by identity (another path to the same inode, a hard link).
    static Result<void> refuseAsOutput(const QString &target);

    // The side files SQLite keeps beside a database.
    static QStringList sideFiles(const QString &databasePath);
};

} // namespace ladder
