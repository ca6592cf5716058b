// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ratings.h"

#include "engine/LevelLookup.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

namespace ladder {

Ratings::Ratings(Stores &stores)
    : m_stores(stores)
{
}

Result<Assessment> Ratings::rate(const Assessment &assessment)
{
    // The store checks the skill and the rating on its framework's scale.
    Result<qint64> id = m_stores.assessments().add(assessment);
    if (!id)
        return id.error();
    return readBack(assessment.skillSlug, *id);
}

Result<Assessment> Ratings::restore(const Assessment &assessment)
{
    Result<qint64> id = m_stores.assessments().add(assessment, true);
    if (!id)
        return id.error();
    return readBack(assessment.skillSlug, *id);
}

Result<Assessment> Ratings::readBack(const QString &skillSlug, qint64 id)
{
    Result<QList<Assessment>> history = m_stores.assessments().history(skillSlug);
    if (!history)
        return history.error();
    for (const Assessment &a : std::as_const(*history)) {
        if (a.id == id)
            return a;
    }
    return Error(tr("rating %1 of '%2' was not stored").arg(id).arg(skillSlug));
}

Result<void> Ratings::remove(qint64 id)
{
    return m_stores.assessments().remove(id);
}

Result<QList<Assessment>> Ratings::history(const QString &skillSlug)
{
    return m_stores.assessments().history(skillSlug);
}

Result<QList<Assessment>> Ratings::all()
{
    return m_stores.assessments().all();
}

Result<QHash<QString, int>> Ratings::latest(const QDate &asOf)
{
    return m_stores.assessments().latest(asOf);
}

Result<QString> Ratings::currentLevel()
{
    return m_stores.currentLevel();
}

Result<QString> Ratings::storedLevel()
{
    return m_stores.frameworks().currentLevel();
}

Result<void> Ratings::setCurrentLevel(const QString &levelSlug)
{
    return m_stores.frameworks().setCurrentLevel(levelSlug);
}

namespace {

// One target per framework, in the small settings of the file: the CLI and
// the window read the same.
QString targetKey(const QString &frameworkSlug)
{
    return QStringLiteral("target-level:") + frameworkSlug;
}

} // namespace

Result<QString> Ratings::storedTarget()
{
    Result<Framework> active = m_stores.frameworks().active();
    if (!active)
        return active.error();
    return m_stores.settings().value(targetKey(active->slug));
}

Result<QString> Ratings::targetLevel()
{
    Result<Framework> active = m_stores.frameworks().active();
    if (!active)
        return active.error();
    Result<QString> stored = m_stores.settings().value(targetKey(active->slug));
    if (!stored)
        return stored;
    if (!stored->isEmpty() && active->level(*stored))
        return *stored;
    Result<QString> current = m_stores.currentLevel();
    if (!current)
        return current;
    return LevelLookup::defaultTarget(*active, *current);
}

Result<void> Ratings::setLevels(const QString &currentSlug, const QString &targetSlug)
{
    Result<Framework> active = m_stores.frameworks().active();
    if (!active)
        return active.error();
    if (Result<Level> current = LevelLookup::find(*active, currentSlug); !current)
        return current.error();
    if (!targetSlug.isEmpty()) {
        if (Result<Level> target = LevelLookup::find(*active, targetSlug); !target)
            return target.error();
    }
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_stores.database());
        if (auto set = m_stores.frameworks().setCurrentLevel(currentSlug); !set)
            return set;
        // "" rather than a null string: a null would be bound as SQL NULL.
        if (auto set = m_stores.settings().setValue(targetKey(active->slug), targetSlug.isEmpty() ? QStringLiteral("") : targetSlug); !set)
            return set;
        transaction.commit();
        return {};
    });
}

} // namespace ladder
