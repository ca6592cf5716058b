// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "Frameworks.h"
#include "Goals.h"
#include "Harvest.h"
#include "io/FrameworkFormat.h"
#include "Journal.h"
#include "Merge.h"
#include "Ratings.h"
#include "Review.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"
#include "Transfer.h"
#include "WorkspaceStores.h"

#include <QDir>
#include <QStandardPaths>

namespace ladder {

Workspace::Workspace(std::unique_ptr<Stores> stores)
    : m_stores(std::move(stores))
    , m_journal(std::make_unique<Journal>(*m_stores))
    , m_ratings(std::make_unique<Ratings>(*m_stores))
    , m_goals(std::make_unique<Goals>(*m_stores))
    , m_frameworks(std::make_unique<Frameworks>(*m_stores))
    , m_review(std::make_unique<Review>(*m_stores))
    , m_transfer(std::make_unique<Transfer>(*m_stores))
    , m_harvest(std::make_unique<Harvest>(*m_stores))
    , m_merge(std::make_unique<Merge>(*m_stores))
{
}

Workspace::~Workspace() = default;

QString Workspace::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("LADDER_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Without a home (and no XDG_DATA_HOME) Qt falls back to the root folder:
    // no default then, rather than a journal under "/".
    if (!QDir::isAbsolutePath(qEnvironmentVariable("XDG_DATA_HOME")) && qEnvironmentVariable("HOME").isEmpty())
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ladder/ladder.db");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::make_unique<Stores>(std::move(*db))));
    Result<bool> empty = workspace->m_stores->frameworks().isEmpty();
    if (!empty)
        return empty.error();
    if (*empty) {
        if (auto seeded = workspace->seed(); !seeded)
            return seeded.error();
    }
    return workspace;
}

Stores &storesOf(Workspace &workspace)
{
    return *workspace.m_stores;
}

QString Workspace::path() const
{
    return m_stores->database().path();
}

Result<qint64> Workspace::dataVersion()
{
    return guarded([&]() -> Result<qint64> { return m_stores->database().dataVersion(); });
}

Result<void> Workspace::seed()
{
    Result<Framework> builtIn = FrameworkFormat::builtIn();
    if (!builtIn)
        return builtIn.error();
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_stores->database());
        // Another process opening the new file at the same moment may have
        // seeded it while this one waited for the write lock.
        Result<bool> empty = m_stores->frameworks().isEmpty();
        if (!empty)
            return empty.error();
        if (!*empty)
            return {};
        if (auto saved = m_stores->frameworks().save(*builtIn); !saved)
            return saved.error();
        if (auto set = m_stores->frameworks().setCurrentLevel(builtIn->levels.first().slug); !set)
            return set;
        transaction.commit();
        return {};
    });
}

} // namespace ladder
