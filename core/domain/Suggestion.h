// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ladder {

// The translation context of the text of the functions below.
struct Suggestion
{
    Q_DECLARE_TR_FUNCTIONS(Suggestion)
};

// "did you mean" for slugs a person typed: the candidate with the smallest edit
// distance (or the one that `word` is a prefix of), empty when nothing is close.
QString closestMatch(const QString &word, const QStringList &candidates);

// " (did you mean 'performance'?)" or "" — appended to "unknown skill 'perf'".
QString didYouMean(const QString &word, const QStringList &candidates);

// The one wording of a skill slug no framework of the database has, with the
// closest of `known` (the skills of every framework: docs/formats.md,
// "Several frameworks"): "unknown skill 'perf' (did you mean 'performance'?)".
Error unknownSkill(const QString &slug, const QStringList &known);

} // namespace ladder
