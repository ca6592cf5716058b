#pragma once

#include "Result.h"

#include <QString>

namespace ladder {

// Proficiency is a number 0-4; everywhere a number is shown its word is shown too.
namespace Proficiency {
constexpr int Min = 0;
constexpr int Max = 4;

bool isValid(int value);
// "none", "learning", "practising", "fluent", "leading" (translated).
QString word(int value);
// "3 fluent"
QString label(int value);
// The whole scale, "0 none, 1 learning, 2 practising, 3 fluent, 4 leading":
// what an error about a rating shows.
QString scale();
// A rating as a person types it: the number or its word, any case
// ("3", "Fluent"); otherwise an error quoting it with the scale.
Result<int> parse(const QString &text);
// The error for a number outside the scale.
Error outOfRange(const QString &number);
} // namespace Proficiency

} // namespace ladder
