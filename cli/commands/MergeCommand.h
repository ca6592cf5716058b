// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli merge OTHER.db: brings another Ladder database in (docs/formats.md,
// "Merging databases").
class MergeCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    MergeCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
