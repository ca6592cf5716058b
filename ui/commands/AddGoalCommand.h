// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Creates a goal with its milestones; undo deletes it, redo brings back the
// same goal (same id and UUIDs).
class AddGoalCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddGoalCommand)

public:
    AddGoalCommand(Session &session, Goal goal);

    qint64 goalId() const { return m_goal.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    Goal m_goal;
};

} // namespace ladder
