// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stores.h"

namespace ladder {

Stores::Stores(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_wins(*m_db)
    , m_frameworks(*m_db)
    , m_assessments(*m_db)
    , m_goals(*m_db)
    , m_settings(*m_db)
    , m_harvested(*m_db)
{
}

Result<QString> Stores::currentLevel()
{
    Result<Framework> fw = m_frameworks.active();
    if (!fw)
        return fw.error();
    Result<QString> stored = m_frameworks.currentLevel();
    if (!stored)
        return stored;
    if (fw->level(*stored))
        return *stored;
    return fw->levels.isEmpty() ? QString() : fw->levels.first().slug;
}

} // namespace ladder
