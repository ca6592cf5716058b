// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Period.h"
#include "domain/Result.h"
#include "HarvestSummary.h"
#include "interchange/HarvestCandidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ladder {

class Stores;

// Wins from git history (docs/formats.md, "git harvest"): candidates read
// from repositories with `git`, and the ones the user keeps saved as wins.
class Harvest
{
    Q_DECLARE_TR_FUNCTIONS(Harvest)

public:
    explicit Harvest(Stores &stores);

    // Each of `repos` a git repository, else an error naming the first that
    // is not (the CLI checks before it opens the database).
    static Result<void> checkRepositories(const QStringList &repos);
    // The candidate wins of `repos` (paths; each must be a git repository)
    // by `authorEmail` in `period` (none: the whole history), oldest first,
    // leaving out commits harvested before. An empty author is each
    // repository's `git config user.email`, or everyone when that is unset.
    // Nothing is written.
    Result<QList<HarvestCandidate>> candidates(const QStringList &repos, const QString &authorEmail, const std::optional<Period> &period);
    // Adds each chosen candidate as a win (source "git:" and its first sha,
    // tagged with the repository's name) and records all their commits as
    // harvested, in one transaction.
    Result<HarvestSummary> save(const QList<HarvestCandidate> &chosen);
    // Takes a save back: its wins removed and its commits proposed again, in
    // one transaction (the GUI's undo).
    Result<void> undo(const HarvestSummary &saved);

    // `git config user.email` in the repository at `path`; empty when unset
    // (the GUI prefills its author field with it).
    static QString userEmail(const QString &path);
    // The tag a repository's wins carry: its name in lower case, spaces as '-'.
    static QString repoTag(const QString &repoName);

private:
    Stores &m_stores;
};

} // namespace ladder
