#pragma once

#include <QString>

namespace ladder {

// The reason a system call failed, in words a person acts on: "disk full"
// rather than "No space left on device" or "Unknown error".
QString systemErrorText(int error);

} // namespace ladder
