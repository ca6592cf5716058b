// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWinsCommand.h"

#include "application/Journal.h"
#include "application/Transfer.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

ImportWinsCommand::ImportWinsCommand(Session &session, ImportPlan plan)
    : WriteCommand(session)
    , m_plan(std::move(plan))
{
    setText(tr("Import %1").arg(m_plan.fileName));
}

Result<void> ImportWinsCommand::apply()
{
    if (isReapply()) {
        Result<QList<Win>> restored = m_session.workspace().journal().restore(m_removed);
        if (!restored)
            return restored.error();
        m_addedIds.clear();
        for (const Win &win : std::as_const(*restored))
            m_addedIds << win.id;
        return {};
    }
    Result<ImportSummary> summary = m_session.workspace().transfer().commitImport(m_plan, false);
    if (!summary)
        return summary.error();
    m_addedIds = summary->addedWinIds;
    m_present = summary->winsPresent;
    // The plan is not needed again: redo restores the wins undo removed.
    m_plan.entries.clear();
    return {};
}

Result<void> ImportWinsCommand::revert()
{
    Journal &journal = m_session.workspace().journal();
    m_removed.clear();
    m_removed.reserve(m_addedIds.size());
    for (qint64 id : std::as_const(m_addedIds)) {
        Result<Win> win = journal.get(id);
        if (win) // deleted meanwhile: nothing left to take out
            m_removed << *win;
    }
    QList<qint64> ids;
    for (const Win &win : std::as_const(m_removed))
        ids << win.id;
    return journal.remove(ids);
}

QString ImportWinsCommand::doneMessage() const
{
    return tr("Imported %n wins from %1 (%2 already there) — Ctrl+Z takes them out again", nullptr, added())
        .arg(m_plan.fileName)
        .arg(m_present);
}

QString ImportWinsCommand::undoneMessage() const
{
    return tr("Took out the %n wins imported from %1", nullptr, added()).arg(m_plan.fileName);
}

} // namespace ladder
