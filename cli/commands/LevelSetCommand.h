// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli level set LEVEL: the user's current level in the active framework.
class LevelSetCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(LevelSetCommand)

public:
    LevelSetCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
