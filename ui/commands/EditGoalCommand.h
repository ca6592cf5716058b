// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Changes a goal's title, note, due date and skills: only the fields the user
// changed are written, onto the goal as it is by then, and undo takes back
// only those (Goals::update with the copies swapped), so neither clobbers
// a change made meanwhile by ladder-cli; a field changed there too makes the
// step fail and be reported.
class EditGoalCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditGoalCommand)

public:
    EditGoalCommand(Session &session, Goal before, Goal after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    Goal m_before;
    Goal m_after;
};

} // namespace ladder
