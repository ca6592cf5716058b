// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetLevelsCommand.h"

#include "application/Ratings.h"
#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

SetLevelsCommand::SetLevelsCommand(Session &session, const QString &currentLevel, const QString &targetLevel)
    : WriteCommand(session)
    , m_fromCurrent(session.currentLevel())
    , m_toCurrent(currentLevel)
    , m_toTarget(targetLevel)
{
    if (Result<QString> stored = session.workspace().ratings().storedTarget())
        m_fromTarget = *stored;
    setText(tr("Set levels: %1, aiming for %2").arg(session.levelName(currentLevel), session.levelName(targetLevel)));
}

Result<void> SetLevelsCommand::apply()
{
    return m_session.workspace().ratings().setLevels(m_toCurrent, m_toTarget);
}

Result<void> SetLevelsCommand::revert()
{
    return m_session.workspace().ratings().setLevels(m_fromCurrent, m_fromTarget);
}

QString SetLevelsCommand::doneMessage() const
{
    return tr("You are %1, aiming for %2").arg(m_session.levelName(m_toCurrent), m_session.levelName(m_toTarget));
}

QString SetLevelsCommand::undoneMessage() const
{
    return tr("Your levels are as they were: %1, aiming for %2").arg(m_session.levelName(m_fromCurrent), m_session.levelName(m_fromTarget));
}

} // namespace ladder
