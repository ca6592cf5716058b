// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli framework use SLUG: make another framework the active one. Wins,
// ratings and goals are kept; they name skills by slug, so the ones the new
// framework shares count there at once.
class FrameworkUseCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkUseCommand)

public:
    FrameworkUseCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
