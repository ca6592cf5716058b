// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli framework export [SLUG] -o FILE: write a framework as a
// `ladder-framework` file that `framework import` reads back unchanged.
class FrameworkExportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkExportCommand)

public:
    FrameworkExportCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
