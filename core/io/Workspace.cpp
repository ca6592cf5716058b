#include "Workspace.h"

#include "FrameworkFormat.h"
#include "storage/Transaction.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QStandardPaths>

namespace ladder {

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_wins(*m_db)
    , m_frameworks(*m_db)
    , m_assessments(*m_db)
    , m_goals(*m_db)
    , m_settings(*m_db)
{
}

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
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(*db)));
    Result<bool> empty = workspace->frameworks().isEmpty();
    if (!empty)
        return empty.error();
    if (*empty) {
        if (auto seeded = workspace->seed(); !seeded)
            return seeded.error();
    }
    return workspace;
}

Result<void> Workspace::seed()
{
    Result<Framework> builtIn = FrameworkFormat::builtIn();
    if (!builtIn)
        return builtIn.error();
    return guarded([&]() -> Result<void> {
        Transaction transaction(*m_db);
        // Another process opening the new file at the same moment may have
        // seeded it while this one waited for the write lock.
        Result<bool> empty = m_frameworks.isEmpty();
        if (!empty)
            return empty.error();
        if (!*empty)
            return {};
        if (auto saved = m_frameworks.save(*builtIn); !saved)
            return saved.error();
        if (auto set = m_settings.setValue(SettingStore::currentLevelKey(), builtIn->levels.first().slug); !set)
            return set;
        transaction.commit();
        return {};
    });
}

Result<QString> Workspace::currentLevel()
{
    Result<Framework> fw = m_frameworks.active();
    if (!fw)
        return fw.error();
    Result<QString> stored = m_settings.value(SettingStore::currentLevelKey());
    if (!stored)
        return stored;
    if (fw->level(*stored))
        return *stored;
    return fw->levels.isEmpty() ? QString() : fw->levels.first().slug;
}

} // namespace ladder
