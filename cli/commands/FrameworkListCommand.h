// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli framework list: the frameworks in the database, the active one first (*).
class FrameworkListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkListCommand)

public:
    FrameworkListCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
