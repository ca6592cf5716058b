// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Commands.h"

#include <QCoreApplication>
#include <QStringList>

namespace ladder {

class CommandContext;

// The whole ladder-cli in process: global options (--db, --json, --no-color,
// before or after the command), dispatch to the longest matching command name,
// and exit codes 0 done / 1 bad input or data / 2 usage.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(CommandContext &context, QStringList arguments, const CommandList &commands);
    static QString usageText(const CommandList &commands);
    // What a ladder-cli main does once its application object exists: the real
    // stdin/stdout/stderr and terminal, the process arguments, the exit code.
    static int runProcess(const CommandList &commands);
};

} // namespace ladder
