#pragma once

#include "domain/Result.h"

#include <QString>

namespace ladder {

class CommandContext;

// Opens $VISUAL / $EDITOR on `initial` (plus a help block below a scissors
// line, as git does) and returns what the person wrote above it. An empty
// result means "nothing to save".
Result<QString> editInEditor(CommandContext &context, const QString &initial, const QString &help);

} // namespace ladder
