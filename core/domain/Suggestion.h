#pragma once

#include <QString>
#include <QStringList>

namespace ladder {

// "did you mean" for slugs a person typed: the candidate with the smallest edit
// distance (or the one that `word` is a prefix of), empty when nothing is close.
QString closestMatch(const QString &word, const QStringList &candidates);

// " (did you mean 'performance'?)" or "" — appended to "unknown skill 'perf'".
QString didYouMean(const QString &word, const QStringList &candidates);

} // namespace ladder
