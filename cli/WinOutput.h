// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"

#include <QCoreApplication>
#include <QList>

namespace ladder {

// The translation context of the text of the functions below.
struct WinOutput
{
    Q_DECLARE_TR_FUNCTIONS(WinOutput)
};

class CommandContext;

// How a win looks in ladder-cli's `win show` (listings: WinListPrinter).
void printWin(CommandContext &context, const Win &win);
// The mark of a starred win, in `win show` and in listings.
QString starMark();

} // namespace ladder
