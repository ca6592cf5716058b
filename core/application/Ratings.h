// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ladder {

class Stores;

// Self-assessments and where the user stands: ratings of skills (history
// kept), the current level and the level aimed for.
class Ratings
{
    Q_DECLARE_TR_FUNCTIONS(Ratings)

public:
    explicit Ratings(Stores &stores);

    // Adds a rating of a skill of the active framework and returns it as
    // stored (id, UUID, creation time). Error "rating 7 is outside 0-4 (…)"
    // for a number off the active framework's scale.
    Result<Assessment> rate(const Assessment &assessment);
    // Puts a removed rating back with its UUID (the redo of rate()).
    Result<Assessment> restore(const Assessment &assessment);
    Result<void> remove(qint64 id);

    // One skill's ratings, oldest first.
    Result<QList<Assessment>> history(const QString &skillSlug);
    Result<QList<Assessment>> all();
    // The latest rating of each rated skill as of `asOf` (null: today and ever).
    Result<QHash<QString, int>> latest(const QDate &asOf = {});

    // The user's current level: the stored one, or the active framework's
    // first level when unset or no longer part of the framework.
    Result<QString> currentLevel();
    // The level as stored for the active framework (each framework keeps
    // its own); empty when unset.
    Result<QString> storedLevel();
    Result<void> setCurrentLevel(const QString &levelSlug);

    // The level the user aims for in the active framework, as stored (each
    // framework keeps its own); empty when never chosen.
    Result<QString> storedTarget();
    // The level reviews measure against when none is named: the stored
    // target while the framework has it, else LevelLookup::defaultTarget
    // (the one above the current level).
    Result<QString> targetLevel();
    // The current and the target level of the active framework together, in
    // one transaction (the first-run page). An empty target forgets the
    // stored one. Error for a level the framework does not have.
    Result<void> setLevels(const QString &currentSlug, const QString &targetSlug);

private:
    Result<Assessment> readBack(const QString &skillSlug, qint64 id);

    Stores &m_stores;
};

} // namespace ladder
