#pragma once

#include "domain/Win.h"

#include <QList>

namespace ladder {

class CommandContext;

// How a win looks in ladder-cli's `win show` (listings: WinListPrinter).
void printWin(CommandContext &context, const Win &win);
// The mark of a starred win, in `win show` and in listings.
QString starMark();

} // namespace ladder
