// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ladder {

// A win the git harvest proposes (HarvestGrouping): one day's commits on one
// topic, or one merge. Nothing is stored until the user keeps it
// (Harvest::save).
struct HarvestCandidate
{
    enum class Kind {
        Commits,     // a day's commits on one topic
        Merge,       // a merge commit
        PullRequest, // a "Merge pull request #N from …" commit
    };

    QDate date;
    QString title;
    QString body; // Markdown: one list item per commit, "subject (short sha)"
    QString repo; // the repository's folder name
    QString topic;
    QStringList shas; // full hashes, oldest first
    Kind kind = Kind::Commits;

    // The stable id of the win it becomes ("git:" and the first sha).
    QString source() const { return QStringLiteral("git:") + shas.value(0); }
    // "commits", "merge", "pull-request": the --json spelling.
    static QString kindName(Kind kind);
};

} // namespace ladder
