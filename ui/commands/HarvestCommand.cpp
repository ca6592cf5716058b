// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarvestCommand.h"

#include "application/Harvest.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

HarvestCommand::HarvestCommand(Session &session, QList<HarvestCandidate> chosen)
    : WriteCommand(session)
    , m_chosen(std::move(chosen))
{
    setText(m_chosen.size() == 1 ? tr("Add 1 win from git") : tr("Add %1 wins from git").arg(m_chosen.size()));
}

Result<void> HarvestCommand::apply()
{
    Result<HarvestSummary> saved = m_session.workspace().harvest().save(m_chosen);
    if (!saved)
        return saved.error();
    m_summary = *saved;
    return {};
}

Result<void> HarvestCommand::revert()
{
    return m_session.workspace().harvest().undo(m_summary);
}

QString HarvestCommand::doneMessage() const
{
    return tr("Added %n wins from git — Ctrl+Z takes them out again", nullptr, m_summary.winsAdded);
}

QString HarvestCommand::undoneMessage() const
{
    return tr("Took out the %n wins added from git", nullptr, m_summary.winsAdded);
}

} // namespace ladder
