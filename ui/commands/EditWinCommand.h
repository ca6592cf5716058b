// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"
#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Changes a win: only the fields the user changed are written, onto the win
// as it is by then, and undo takes back only those (Journal::update with
// the copies swapped), so neither clobbers a change made meanwhile by
// ladder-cli; a field changed there too makes the step fail and be reported.
class EditWinCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditWinCommand)

public:
    EditWinCommand(Session &session, Win before, Win after, QUndoCommand *parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    // A click on the star: worded as starring, not as an edit.
    bool onlyStar() const;
    Win m_before;
    Win m_after;
};

} // namespace ladder
