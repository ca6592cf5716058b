// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace ladder {

// ladder-cli goal edit ID [--title T] [--due D|--no-due] [--note TEXT] [--skill S]…
// [--remove-skill S]…: change what is given, keep the rest.
class GoalEditCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalEditCommand)

public:
    GoalEditCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
    QDate m_due;
};

} // namespace ladder
