// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

// The built-in proficiency scale, 0-4: everywhere a number is shown its word
// is shown too. A framework may declare its own scale (ProficiencyScale);
// code that knows the framework asks its scale, not these.
// A struct of static functions rather than a namespace: its text needs a
// class for its translation context.
struct Proficiency
{
    Q_DECLARE_TR_FUNCTIONS(Proficiency)

public:
    static constexpr int Min = 0;
    static constexpr int Max = 4;

    static bool isValid(int value);
    // "none", "learning", "practising", "fluent", "leading" (translated).
    static QString word(int value);
    // "3 fluent"
    static QString label(int value);
    // The whole scale, "0 none, 1 learning, 2 practising, 3 fluent, 4 leading":
    // what an error about a rating shows.
    static QString scale();
    // A rating as a person types it: the number or its word, any case
    // ("3", "Fluent"); otherwise an error quoting it with the scale.
    static Result<int> parse(const QString &text);
    // The error for a number outside the scale.
    static Error outOfRange(const QString &number);
};

} // namespace ladder
