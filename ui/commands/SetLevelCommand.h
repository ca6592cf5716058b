// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Sets the user's current level (a setting in the database, shared with the CLI).
class SetLevelCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLevelCommand)

public:
    SetLevelCommand(Session &session, const QString &fromLevel, const QString &toLevel);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    QString m_from;
    QString m_to;
};

} // namespace ladder
