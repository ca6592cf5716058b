// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ladder {

class Database;

// The career frameworks held in the database; exactly one is active.
class FrameworkStore
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkStore)

public:
    explicit FrameworkStore(Database &db);

    // Stores a (validated) framework; one with the same slug is replaced, keeping
    // whether it was active. The first framework stored becomes the active one;
    // `activate` makes this one active in the same transaction. A UUID already
    // held by a row of another framework (a file exported, given a new slug and
    // imported again) is replaced by a new one: a UUID names one row only.
    Result<qint64> save(const Framework &framework, bool activate = false);
    Result<Framework> active();
    Result<Framework> get(const QString &slug);
    // Every framework with its levels, categories and skills, active first.
    Result<QList<Framework>> list();
    Result<void> activate(const QString &slug);
    // Deletes a framework that is not the active one (exactly one stays active).
    // Ratings, goals and wins name skills by slug, so they are all kept.
    Result<void> remove(const QString &slug);
    // The slugs of the skills of every framework of the database, sorted: a
    // skill of a framework not in use is still a skill (ratings, wins and
    // goals name skills by slug and are kept when frameworks switch).
    Result<QStringList> knownSkillSlugs();
    // The scale of the framework a skill belongs to (the active one when it
    // has the skill, as list() orders them); nullopt when no framework has it.
    Result<std::optional<ProficiencyScale>> scaleOf(const QString &skillSlug);
    // The user's level in a framework (the active one when `frameworkSlug`
    // is empty) as stored: empty when never set. Each framework keeps its
    // own, so that switching back and forth restores it.
    Result<QString> currentLevel(const QString &frameworkSlug = {});
    Result<void> setCurrentLevel(const QString &levelSlug, const QString &frameworkSlug = {});
    // Cheap check used on every open: does the file hold any framework yet?
    Result<bool> isEmpty();

private:
    Result<Framework> load(qint64 id);

    Database &m_db;
};

} // namespace ladder
