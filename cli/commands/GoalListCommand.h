// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/GoalFilter.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli goal list [--status S] [--skill SLUG]: goals, open ones first, by due date.
class GoalListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalListCommand)

public:
    GoalListCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    GoalFilter m_filter;
};

} // namespace ladder
