// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harvest.h"

#include "interchange/GitLog.h"
#include "interchange/HarvestGrouping.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSet>

namespace ladder {

Harvest::Harvest(Stores &stores)
    : m_stores(stores)
{
}

QString Harvest::userEmail(const QString &path)
{
    return GitLog::userEmail(path);
}

QString Harvest::repoTag(const QString &repoName)
{
    return repoName.simplified().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

Result<void> Harvest::checkRepositories(const QStringList &repos)
{
    for (const QString &path : repos) {
        if (Result<GitRepository> repo = GitLog::open(path); !repo)
            return repo.error();
    }
    return {};
}

Result<QList<HarvestCandidate>> Harvest::candidates(const QStringList &repos, const QString &authorEmail,
                                                    const std::optional<Period> &period)
{
    // Every repository is checked before any is read: a typo in the last
    // one is reported at once.
    QList<GitRepository> found;
    for (const QString &path : repos) {
        Result<GitRepository> repo = GitLog::open(path);
        if (!repo)
            return repo.error();
        found << *repo;
    }
    QList<HarvestCandidate> all;
    for (const GitRepository &repo : std::as_const(found)) {
        const QString author = authorEmail.isEmpty() ? GitLog::userEmail(repo.path) : authorEmail;
        Result<QList<GitCommit>> commits = GitLog::read(repo, author, period ? period->from : QDate(), period ? period->to : QDate());
        if (!commits)
            return commits.error();
        QStringList shas;
        shas.reserve(commits->size());
        for (const GitCommit &commit : std::as_const(*commits))
            shas << commit.sha;
        Result<QSet<QString>> harvested = m_stores.harvested().harvested(shas);
        if (!harvested)
            return harvested.error();
        if (!harvested->isEmpty())
            commits->removeIf([&](const GitCommit &commit) { return harvested->contains(commit.sha); });
        all << HarvestGrouping::group(*commits, repo.name);
    }
    std::stable_sort(all.begin(), all.end(), [](const HarvestCandidate &a, const HarvestCandidate &b) { return a.date < b.date; });
    return all;
}

Result<HarvestSummary> Harvest::save(const QList<HarvestCandidate> &chosen)
{
    QList<Win> wins;
    QStringList locations;
    wins.reserve(chosen.size());
    for (const HarvestCandidate &candidate : chosen) {
        Win win;
        win.date = candidate.date;
        win.title = candidate.title;
        win.body = candidate.body;
        win.tags = {repoTag(candidate.repo)};
        win.source = candidate.source();
        wins << win;
        locations << candidate.repo + QLatin1Char(' ') + candidate.shas.value(0).left(7);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return guarded([&]() -> Result<HarvestSummary> {
        Transaction transaction(m_stores.database());
        // A win of the same source stored before (by another process) is
        // not added, so it stays out of what an undo removes.
        Result<QList<qint64>> added = m_stores.wins().addImported(std::move(wins), locations);
        if (!added)
            return added.error();
        HarvestSummary summary;
        summary.winsAdded = int(added->size());
        summary.winIds = *added;
        for (const HarvestCandidate &candidate : chosen) {
            if (Result<qint64> recorded = m_stores.harvested().record(candidate.shas, candidate.source(), now); !recorded)
                return recorded.error();
            summary.shas << candidate.shas;
        }
        summary.commits = int(summary.shas.size());
        transaction.commit();
        return summary;
    });
}

Result<void> Harvest::undo(const HarvestSummary &saved)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_stores.database());
        for (qint64 id : saved.winIds) {
            if (auto removed = m_stores.wins().remove(id); !removed)
                return removed;
        }
        if (auto forgotten = m_stores.harvested().forget(saved.shas); !forgotten)
            return forgotten;
        transaction.commit();
        return {};
    });
}

} // namespace ladder
