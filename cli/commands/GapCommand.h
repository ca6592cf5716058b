// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli gap [--target LEVEL]: how far each skill is from a level, as of
// today, largest gap first.
class GapCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GapCommand)

public:
    GapCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
