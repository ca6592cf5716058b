// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include "domain/Goal.h"
#include <QCoreApplication>
#include <QDate>

namespace ladder {

// What `goal done` and `goal drop` share: close a goal with one status on a day
// (today unless --date; not before the goal was created, not in the future),
// or open it again with --undo.
class GoalStatusCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalStatusCommand)

protected:
    GoalStatusCommand(QString name, QString description, GoalStatus status);
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
    QDate m_on;
    GoalStatus m_status;
};

} // namespace ladder
