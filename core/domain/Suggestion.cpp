// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suggestion.h"

#include <algorithm>
#include <vector>

namespace ladder {

namespace {

qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[std::size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[std::size_t(j)];
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[std::size_t(b.size())];
}

} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const QString needle = word.toLower();
    if (needle.isEmpty())
        return {};
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(2, needle.size() / 3) + 1;
    for (const QString &candidate : candidates) {
        // "perf" -> "performance": a prefix is a strong hint whatever the distance.
        const qsizetype distance = candidate.startsWith(needle) ? 1 : editDistance(needle, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    const QString match = closestMatch(word, candidates);
    if (match.isEmpty())
        return {};
    return Suggestion::tr(" (did you mean '%1'?)").arg(match);
}

Error unknownSkill(const QString &slug, const QStringList &known)
{
    const QString suggestion = didYouMean(slug, known);
    if (!suggestion.isEmpty())
        return Error(Suggestion::tr("unknown skill '%1'%2").arg(slug, suggestion));
    return Error(Suggestion::tr("unknown skill '%1' (no framework of this database has it)").arg(slug));
}

} // namespace ladder
