// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"
#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Logs a win; undo deletes it, redo puts the same win (same id and UUID) back.
class AddWinCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddWinCommand)

public:
    AddWinCommand(Session &session, Win win);

    qint64 winId() const { return m_win.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    Win m_win;
};

} // namespace ladder
