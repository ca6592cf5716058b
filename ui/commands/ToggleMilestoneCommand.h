// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace ladder {

// Ticks a goal's milestone done (on a day) or opens it again; undo restores
// the day it was done before, if any.
class ToggleMilestoneCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToggleMilestoneCommand)

public:
    ToggleMilestoneCommand(Session &session, qint64 goalId, int position, const QString &text, const QDate &previousDoneOn,
                           const QDate &newDoneOn);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    qint64 m_goalId;
    int m_position;
    QString m_text;
    QDate m_previous;
    QDate m_new;
};

} // namespace ladder
