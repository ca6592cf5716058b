// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Marks a goal done, dropped or open again; undo restores the previous status
// and the day it was closed.
class SetGoalStatusCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetGoalStatusCommand)

public:
    SetGoalStatusCommand(Session &session, const Goal &goal, GoalStatus status, const QDate &on);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    qint64 m_goalId;
    QString m_title;
    GoalStatus m_previousStatus;
    QDate m_previousClosedOn;
    GoalStatus m_status;
    QDate m_on;
};

} // namespace ladder
