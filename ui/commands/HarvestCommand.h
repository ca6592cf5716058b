// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application/HarvestSummary.h"
#include "interchange/HarvestCandidate.h"
#include "WriteCommand.h"

#include <QCoreApplication>
#include <QList>

namespace ladder {

// Keeps the chosen harvest candidates as wins, in one step: undo removes
// them and lets their commits be proposed again; redo saves them anew.
class HarvestCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(HarvestCommand)

public:
    HarvestCommand(Session &session, QList<HarvestCandidate> chosen);

    const HarvestSummary &summary() const { return m_summary; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    QList<HarvestCandidate> m_chosen;
    HarvestSummary m_summary;
};

} // namespace ladder
