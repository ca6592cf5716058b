// SPDX-License-Identifier: GPL-3.0-or-later
#include "Merge.h"

#include "files/DatabaseFiles.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

#include <sys/stat.h>

namespace ladder {

namespace {

// Everything brought in from the other database, read in one snapshot.
struct OtherContents
{
    QList<Framework> frameworks;
    QList<Assessment> ratings;
    QList<Goal> goals;
    QList<Win> wins;
};

Result<OtherContents> readOther(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    Stores other(std::move(*opened));
    return guarded([&]() -> Result<OtherContents> {
        // One read transaction: every read below sees the same snapshot of a
        // file another process may be writing to, never half of its change.
        other.database().exec("BEGIN");
        const auto end = qScopeGuard([&] {
            try {
                other.database().exec("COMMIT");
            } catch (const StorageError &) {
                // A read transaction has nothing to keep; closing ends it.
            }
        });
        OtherContents c;
        Result<QList<Framework>> frameworks = other.frameworks().list();
        if (!frameworks)
            return frameworks.error();
        c.frameworks = std::move(*frameworks);
        Result<QList<Assessment>> ratings = other.assessments().all();
        if (!ratings)
            return ratings.error();
        c.ratings = std::move(*ratings);
        Result<QList<Goal>> goals = other.goals().list();
        if (!goals)
            return goals.error();
        c.goals = std::move(*goals);
        Result<void> wins = other.wins().forEach([&](const Win &win) {
            c.wins << win;
            return true;
        });
        if (!wins)
            return wins.error();
        return c;
    });
}

// True when both paths name one file (symbolic links, hard links and
// another spelling of the path included). stat() opens nothing.
bool sameFile(const QString &a, const QString &b)
{
    struct stat first = {};
    struct stat second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 && ::stat(QFile::encodeName(b).constData(), &second) == 0
        && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

// The fields an edit of a win changes, as one text: equal texts are the same
// edit. Goal links are compared apart (their ids are each database's own).
QString winKey(const Win &w)
{
    return QStringList{w.date.toString(Qt::ISODate),
                       w.title,
                       w.body,
                       w.impact,
                       w.starred ? QStringLiteral("1") : QStringLiteral("0"),
                       w.tags.join(QLatin1Char(' ')),
                       w.skillSlugs.join(QLatin1Char(' '))}
        .join(QChar(0x1f));
}

// The same for a goal with its milestones (by position; their UUIDs aside).
QString goalKey(const Goal &g)
{
    QStringList fields{g.title,
                       g.note,
                       goalStatusKey(g.status),
                       g.createdOn.toString(Qt::ISODate),
                       g.due.toString(Qt::ISODate),
                       g.closedOn.toString(Qt::ISODate),
                       g.skillSlugs.join(QLatin1Char(' '))};
    for (const Milestone &m : g.milestones)
        fields << m.text << m.due.toString(Qt::ISODate) << m.doneOn.toString(Qt::ISODate);
    return fields.join(QChar(0x1f));
}

// Whether the other database's edit of a row replaces this one's: the later
// time of change wins, and a row without one (a goal from before schema
// version 4) is the oldest. Equal times (two old goals, say) are settled by
// the content itself, so that merging either way round keeps the same edit.
bool theirsIsNewer(const QDateTime &mine, const QDateTime &theirs, const QString &mineKey, const QString &theirsKey)
{
    if (mine.isValid() != theirs.isValid())
        return theirs.isValid();
    if (mine != theirs)
        return theirs > mine;
    return theirsKey > mineKey;
}

} // namespace

Merge::Merge(Stores &stores)
    : m_stores(stores)
{
}

Result<MergeReport> Merge::mergeFrom(const QString &otherPath, bool dryRun)
{
    const QString here = m_stores.database().path();
    for (const QString &file : QStringList{here} + DatabaseFiles::sideFiles(here)) {
        if (sameFile(otherPath, file))
            return Error(tr("merge %1: that is this database itself (%2); nothing was changed").arg(otherPath, here));
    }
    Result<OtherContents> other = readOther(otherPath);
    if (!other)
        return other.error();

    MergeReport report;
    report.otherPath = otherPath;
    report.dryRun = dryRun;
    Result<void> merged = guarded([&]() -> Result<void> {
        Transaction transaction(m_stores.database());

        // Frameworks carry no time of change: one present here (by UUID, or
        // by slug for one whose UUIDs were made at random) stays as it is.
        Result<QList<Framework>> frameworks = m_stores.frameworks().list();
        if (!frameworks)
            return frameworks.error();
        QSet<QString> frameworkUuids;
        QSet<QString> frameworkSlugs;
        for (const Framework &fw : std::as_const(*frameworks)) {
            frameworkUuids.insert(fw.uuid);
            frameworkSlugs.insert(fw.slug);
        }
        for (const Framework &fw : std::as_const(other->frameworks)) {
            if (frameworkUuids.contains(fw.uuid) || frameworkSlugs.contains(fw.slug)) {
                ++report.frameworks.unchanged;
                continue;
            }
            if (auto saved = m_stores.frameworks().save(fw); !saved)
                return saved.error();
            ++report.frameworks.added;
        }

        // Ratings are never edited: present or added.
        Result<QList<Assessment>> ratings = m_stores.assessments().all();
        if (!ratings)
            return ratings.error();
        QSet<QString> ratingUuids;
        for (const Assessment &a : std::as_const(*ratings))
            ratingUuids.insert(a.uuid);
        for (Assessment a : std::as_const(other->ratings)) {
            if (ratingUuids.contains(a.uuid)) {
                ++report.ratings.unchanged;
                continue;
            }
            a.id = 0; // the other database's id means nothing here
            if (auto added = m_stores.assessments().add(a, true); !added)
                return added.error();
            ++report.ratings.added;
        }

        // Goals, with their milestones and skills as one edit.
        Result<QList<Goal>> goals = m_stores.goals().list();
        if (!goals)
            return goals.error();
        QHash<QString, Goal> goalByUuid;
        for (const Goal &g : std::as_const(*goals))
            goalByUuid.insert(g.uuid, g);
        QHash<qint64, qint64> goalIdHere; // the other database's goal id -> this one's
        for (Goal g : std::as_const(other->goals)) {
            const qint64 theirId = g.id;
            auto mine = goalByUuid.constFind(g.uuid);
            if (mine == goalByUuid.constEnd()) {
                g.id = 0;
                Result<qint64> id = m_stores.goals().add(g, true);
                if (!id)
                    return id.error();
                goalIdHere.insert(theirId, *id);
                ++report.goals.added;
                continue;
            }
            goalIdHere.insert(theirId, mine->id);
            const QString mineKey = goalKey(*mine);
            const QString theirsKey = goalKey(g);
            if (mineKey == theirsKey || !theirsIsNewer(mine->updatedAt, g.updatedAt, mineKey, theirsKey)) {
                ++report.goals.unchanged;
                continue;
            }
            g.id = mine->id;
            if (auto replaced = m_stores.goals().replace(g); !replaced)
                return replaced.error();
            ++report.goals.updated;
        }

        // Wins, by UUID, else by source: a file imported into both databases
        // gave the same entry a UUID in each.
        QHash<QString, Win> winByUuid;
        QHash<QString, QString> uuidBySource;
        Result<void> read = m_stores.wins().forEach([&](const Win &win) {
            winByUuid.insert(win.uuid, win);
            if (!win.source.isEmpty())
                uuidBySource.insert(win.source, win.uuid);
            return true;
        });
        if (!read)
            return read.error();
        QList<Win> newWins;
        for (Win w : std::as_const(other->wins)) {
            QList<qint64> goalIds;
            for (qint64 goal : std::as_const(w.goalIds)) {
                if (goalIdHere.contains(goal))
                    goalIds << goalIdHere.value(goal);
            }
            std::sort(goalIds.begin(), goalIds.end());
            w.goalIds = goalIds;
            auto mine = winByUuid.constFind(w.uuid);
            if (mine == winByUuid.constEnd() && !w.source.isEmpty() && uuidBySource.contains(w.source))
                mine = winByUuid.constFind(uuidBySource.value(w.source));
            if (mine == winByUuid.constEnd()) {
                w.id = 0;
                newWins << std::move(w);
                continue;
            }
            const QString mineKey = winKey(*mine);
            const QString theirsKey = winKey(w);
            if ((mineKey == theirsKey && mine->goalIds == w.goalIds) || !theirsIsNewer(mine->updatedAt, w.updatedAt, mineKey, theirsKey)) {
                ++report.wins.unchanged;
                continue;
            }
            w.id = mine->id;
            if (auto replaced = m_stores.wins().replace(w); !replaced)
                return replaced.error();
            ++report.wins.updated;
        }
        const qsizetype offered = newWins.size();
        Result<qint64> added = m_stores.wins().addMany(std::move(newWins), true);
        if (!added)
            return added.error();
        report.wins.added = int(*added);
        report.wins.unchanged += int(offered - *added);

        if (!dryRun)
            transaction.commit();
        return {};
    });
    if (!merged)
        return Error(tr("merge %1: %2; nothing was changed").arg(otherPath, merged.error().message()));
    return report;
}

} // namespace ladder
