// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "WriteCommand.h"

#include <QCoreApplication>
#include <QList>

namespace ladder {

// Deletes a goal (its milestones and skill links go with it, and wins lose
// their link to it). Undo re-creates the goal with its id and UUIDs and links
// the same wins to it again.
class DeleteGoalCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteGoalCommand)

public:
    DeleteGoalCommand(Session &session, Goal goal, QList<qint64> linkedWinIds);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    Goal m_goal;
    QList<qint64> m_winIds;
};

} // namespace ladder
