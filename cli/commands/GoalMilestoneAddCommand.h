// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ladder {

// ladder-cli goal milestone add ID TEXT… [--due D]: append a milestone; prints its number N.
class GoalMilestoneAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoalMilestoneAddCommand)

public:
    GoalMilestoneAddCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
    QString m_text;
    QDate m_due;
};

} // namespace ladder
