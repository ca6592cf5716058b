#pragma once

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
} // namespace Proficiency

} // namespace ladder
