#pragma once

#include "domain/Result.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"
#include "storage/FrameworkStore.h"
#include "storage/GoalStore.h"
#include "storage/SettingStore.h"
#include "storage/WinStore.h"

#include <memory>

namespace ladder {

// One open Ladder file with its stores: what the CLI and the GUI work on.
// A new file is seeded with the built-in framework and the current level set to
// the framework's first level, in one transaction.
class Workspace
{
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // $LADDER_DB, else the platform's data location (~/.local/share/ladder/ladder.db),
    // shared by ladder and ladder-cli whatever their application names; empty
    // when there is no home folder to hold it ($HOME unset or empty).
    static QString defaultPath();

    Database &database() { return *m_db; }
    WinStore &wins() { return m_wins; }
    FrameworkStore &frameworks() { return m_frameworks; }
    AssessmentStore &assessments() { return m_assessments; }
    GoalStore &goals() { return m_goals; }
    SettingStore &settings() { return m_settings; }

    // The user's current level; the active framework's first level when unset
    // or no longer part of the framework.
    Result<QString> currentLevel();

private:
    explicit Workspace(std::unique_ptr<Database> db);
    Result<void> seed();

    std::unique_ptr<Database> m_db;
    WinStore m_wins;
    FrameworkStore m_frameworks;
    AssessmentStore m_assessments;
    GoalStore m_goals;
    SettingStore m_settings;
};

} // namespace ladder
