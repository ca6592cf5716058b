// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ratings.h"

#include "storage/Stores.h"

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

} // namespace ladder
