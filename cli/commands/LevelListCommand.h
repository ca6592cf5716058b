// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli level list: the active framework's levels, lowest first, with the
// user's current level marked and how many skills already meet each.
class LevelListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(LevelListCommand)

public:
    LevelListCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
