// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application/ImportPlan.h"
#include "domain/Win.h"
#include "WriteCommand.h"

#include <QCoreApplication>
#include <QList>

namespace ladder {

// Imports another journal's file (File ▸ Import…): the plan the preview
// showed is written in one transaction; undo takes the wins it added out
// again, and redo puts those very wins back (same UUIDs and sources).
class ImportWinsCommand : public WriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportWinsCommand)

public:
    ImportWinsCommand(Session &session, ImportPlan plan);

    // How many wins the first redo added and found present.
    int added() const { return int(m_addedIds.size()); }
    int present() const { return m_present; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    QString doneMessage() const override;
    QString undoneMessage() const override;

private:
    ImportPlan m_plan;
    QList<qint64> m_addedIds;
    QList<Win> m_removed; // what undo took out, for redo
    int m_present = 0;
};

} // namespace ladder
