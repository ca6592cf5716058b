// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli goal show ID: a goal with its milestones, skills and the wins linked to it.
class GoalShowCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalShowCommand)

public:
    GoalShowCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
};

} // namespace ladder
