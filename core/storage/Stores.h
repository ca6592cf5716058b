// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "AssessmentStore.h"
#include "Database.h"
#include "FrameworkStore.h"
#include "GoalStore.h"
#include "HarvestStore.h"
#include "SettingStore.h"
#include "WinStore.h"

#include <memory>

namespace ladder {

// One open database with one store of each kind: what the application layer
// (core/application) and the file formats (core/io) work on. Nothing above core
// sees it; the front ends hold a Workspace.
class Stores
{
public:
    explicit Stores(std::unique_ptr<Database> db);

    Database &database() { return *m_db; }
    WinStore &wins() { return m_wins; }
    FrameworkStore &frameworks() { return m_frameworks; }
    AssessmentStore &assessments() { return m_assessments; }
    GoalStore &goals() { return m_goals; }
    SettingStore &settings() { return m_settings; }
    HarvestStore &harvested() { return m_harvested; }

    // The user's current level; the active framework's first level when unset
    // or no longer part of the framework.
    Result<QString> currentLevel();

private:
    std::unique_ptr<Database> m_db;
    WinStore m_wins;
    FrameworkStore m_frameworks;
    AssessmentStore m_assessments;
    GoalStore m_goals;
    SettingStore m_settings;
    HarvestStore m_harvested;
};

} // namespace ladder
