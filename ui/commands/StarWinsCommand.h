// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"
#include "WriteCommand.h"

#include <QCoreApplication>
#include <QList>

namespace ladder {

// Stars (or unstars) several wins as one undo step: one EditWinCommand per
// win, each its own transaction as any edit, told to the user once for all.
class StarWinsCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(StarWinsCommand)

public:
    StarWinsCommand(Session &session, const QList<Win> &wins, bool star);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    int m_count;
    bool m_star;
};

} // namespace ladder
