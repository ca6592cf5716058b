// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli framework rm SLUG: delete a framework that is not the active one
// (asks on a terminal unless --yes). Ratings, goals and wins are kept.
class FrameworkRemoveCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkRemoveCommand)

public:
    FrameworkRemoveCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
