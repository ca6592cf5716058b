#pragma once

#include "domain/Win.h"

#include <QList>

namespace ladder {

class CommandContext;

// How wins look in ladder-cli: an aligned table on a terminal (or a JSON array
// with --json), and the full view of `win show`.
void printWinList(CommandContext &context, const QList<Win> &wins);
void printWin(CommandContext &context, const Win &win);

} // namespace ladder
