// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "GitCommit.h"
#include "GitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// Reads a repository's history by running the `git` program (docs/formats.md,
// "git harvest"): no library, no network, only what `git log` prints for the
// current branch, merge commits included.
class GitLog
{
    Q_DECLARE_TR_FUNCTIONS(GitLog)

public:
    // The repository at or above `path`; an error naming the path when it is
    // none, or when git cannot be run.
    static Result<GitRepository> open(const QString &path);
    // The commits of HEAD authored from `from` to `to` (null: open-ended) by
    // `authorEmail` (any letter case; empty: everyone), oldest first. A
    // repository without commits has none.
    static Result<QList<GitCommit>> read(const GitRepository &repo, const QString &authorEmail, const QDate &from, const QDate &to);
    // `git config user.email` as the repository sees it; empty when unset.
    static QString userEmail(const QString &path);

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString firstErrorLine;
    };
    static Result<Run> run(const QStringList &arguments);
};

} // namespace ladder
