// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "WriteCommand.h"

#include <QCoreApplication>

namespace ladder {

// Records a dated self-rating; undo deletes that rating (the history keeps
// every other one), redo records it again with the same UUID.
class RateSkillCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RateSkillCommand)

public:
    RateSkillCommand(Session &session, Assessment assessment);

    qint64 assessmentId() const { return m_assessment.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    Assessment m_assessment;
};

} // namespace ladder
