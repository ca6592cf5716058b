// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarvestCandidate.h"

namespace ladder {

QString HarvestCandidate::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Commits: return QStringLiteral("commits");
    case Kind::Merge: return QStringLiteral("merge");
    case Kind::PullRequest: return QStringLiteral("pull-request");
    }
    return {};
}

} // namespace ladder
