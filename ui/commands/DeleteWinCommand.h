// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"
#include "WriteCommand.h"

#include <QCoreApplication>
#include <QList>

namespace ladder {

// Deletes wins; undo re-inserts each with its id, UUID, timestamps and links
// (Journal::restore), so exports and merges still match it.
class DeleteWinCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteWinCommand)

public:
    DeleteWinCommand(Session &session, QList<Win> wins);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    QList<Win> m_wins;
};

} // namespace ladder
