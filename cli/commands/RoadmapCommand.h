// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli roadmap [--to LEVEL]: ordered steps from your level to each level
// above it (or up to LEVEL), largest gap first in each stage.
class RoadmapCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapCommand)

public:
    RoadmapCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
