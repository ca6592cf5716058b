// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/Assessment.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ladder {

class Database;

// Dated self-ratings. A rating is never overwritten: each is a new row, so the
// history of a skill can be shown and the rating "as of" any date recovered.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)

public:
    explicit AssessmentStore(Database &db);

    // Checks the rating (0-4), the skill (of the active framework) and the date.
    Result<qint64> add(Assessment assessment, bool keepIdentity = false);
    // Deletes one rating (the GUI's undo of "rate"); the history keeps the rest.
    Result<void> remove(qint64 id);
    Result<QList<Assessment>> history(const QString &skillSlug);
    // All assessments, oldest first (date, then id).
    Result<QList<Assessment>> all();
    // The latest rating of each skill on or before `asOf` (all when null).
    Result<QHash<QString, int>> latest(const QDate &asOf = {});

private:
    Database &m_db;
};

} // namespace ladder
