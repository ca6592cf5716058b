// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli goal rm ID: delete a goal and its milestones (asks on a terminal
// unless --yes); the wins linked to it stay, unlinked.
class GoalRemoveCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalRemoveCommand)

public:
    GoalRemoveCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
};

} // namespace ladder
