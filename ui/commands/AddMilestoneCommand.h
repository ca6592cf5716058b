// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WriteCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace ladder {

// Appends a milestone to a goal; undo removes it again.
class AddMilestoneCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMilestoneCommand)

public:
    AddMilestoneCommand(Session &session, qint64 goalId, const QString &text, const QDate &due);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    qint64 m_goalId;
    QString m_text;
    QDate m_due;
    QString m_uuid;
    int m_position = 0;
};

} // namespace ladder
