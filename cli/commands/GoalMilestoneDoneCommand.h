// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace ladder {

// ladder-cli goal milestone done ID N [--date D] [--undo]: tick milestone N of a
// goal (or untick it with --undo).
class GoalMilestoneDoneCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalMilestoneDoneCommand)

public:
    GoalMilestoneDoneCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
    int m_position = 0;
    QDate m_on;
};

} // namespace ladder
