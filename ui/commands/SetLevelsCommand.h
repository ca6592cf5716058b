// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Sets the current level and the level aimed for together (the first-run
// page): one write, one undo step.
class SetLevelsCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLevelsCommand)

public:
    // The levels as they are now are read from the session and the database,
    // so that undo puts them back.
    SetLevelsCommand(Session &session, const QString &currentLevel, const QString &targetLevel);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    QString m_fromCurrent;
    QString m_fromTarget;
    QString m_toCurrent;
    QString m_toTarget;
};

} // namespace ladder
