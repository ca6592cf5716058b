// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteCommand.h"

#include "Session.h"

namespace ladder {

WriteCommand::WriteCommand(Session &session, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_inGroup(parent != nullptr)
{
}

void WriteCommand::redo()
{
    const Result<void> result = apply();
    if (result)
        m_applied = true;
    finish(result, false);
}

void WriteCommand::undo()
{
    finish(revert(), true);
}

void WriteCommand::finish(const Result<void> &result, bool undone)
{
    if (result) {
        m_error.clear();
        m_session.notifyChanged();
        if (!m_inGroup)
            m_session.reportDone(undone ? undoneMessage() : doneMessage());
        return;
    }
    m_error = result.error().message();
    setObsolete(true);
    m_session.reportError(m_error);
}

} // namespace ladder
