// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/Goal.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli goal add TITLE… [--skill S]… [--due D] [--note TEXT] [--milestone TEXT]…:
// a new open goal; prints its id.
class GoalAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalAddCommand)

public:
    GoalAddCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    Goal m_goal; // from the options, skills not yet checked
};

} // namespace ladder
