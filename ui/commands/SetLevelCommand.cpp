// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetLevelCommand.h"

#include "application/Ratings.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

SetLevelCommand::SetLevelCommand(Session &session, const QString &fromLevel, const QString &toLevel)
    : WriteCommand(session)
    , m_from(fromLevel)
    , m_to(toLevel)
{
    setText(tr("Set current level to %1").arg(session.levelName(toLevel)));
}

Result<void> SetLevelCommand::apply()
{
    return m_session.workspace().ratings().setCurrentLevel(m_to);
}

Result<void> SetLevelCommand::revert()
{
    return m_session.workspace().ratings().setCurrentLevel(m_from);
}

QString SetLevelCommand::doneMessage() const
{
    return tr("Your current level is %1").arg(m_session.levelName(m_to));
}

QString SetLevelCommand::undoneMessage() const
{
    return tr("Your current level is %1 again").arg(m_session.levelName(m_from));
}

} // namespace ladder
