// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli framework show [SLUG] [--skill S]: a framework's levels and what
// each expects of each skill; one skill with its example behaviours.
class FrameworkShowCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkShowCommand)

public:
    FrameworkShowCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
