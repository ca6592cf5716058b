// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GitCommit.h"
#include "HarvestCandidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// Turns commits into candidate wins (docs/formats.md, "git harvest"):
// - a merge commit, and a commit whose subject is "Merge pull request #N
//   from …", is a candidate of its own, titled after the pull request's
//   description line (the first line of the message body) or its branch;
// - the other commits are grouped by day and topic. The topic is the first
//   ticket key in the subject (ABC-123), else a conventional-commit scope
//   ("fix(parser): …" → parser) or type ("docs: …" → docs), else a short
//   "area: …" prefix, else the subject's first two words, in lower case.
// Candidates come oldest first; within a day in the order of their first
// commit.
class HarvestGrouping
{
    Q_DECLARE_TR_FUNCTIONS(HarvestGrouping)

public:
    // `commits` oldest first, as GitLog::read gives them.
    static QList<HarvestCandidate> group(const QList<GitCommit> &commits, const QString &repoName);

    // The topic a commit's subject is grouped under (see above).
    static QString topic(const QString &subject);
};

} // namespace ladder
