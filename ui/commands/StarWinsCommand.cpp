// SPDX-License-Identifier: GPL-3.0-or-later
#include "StarWinsCommand.h"

#include "EditWinCommand.h"

namespace ladder {

StarWinsCommand::StarWinsCommand(Session &session, const QList<Win> &wins, bool star)
    : WriteCommand(session)
    , m_count(int(wins.size()))
    , m_star(star)
{
    setText(star ? tr("Star %n wins", nullptr, m_count) : tr("Unstar %n wins", nullptr, m_count));
    for (const Win &win : wins) {
        Win after = win;
        after.starred = star;
        new EditWinCommand(session, win, after, this);
    }
}

// The children report their own failures; the ones that worked stay done.
Result<void> StarWinsCommand::apply()
{
    QUndoCommand::redo();
    return {};
}

Result<void> StarWinsCommand::revert()
{
    QUndoCommand::undo();
    return {};
}

QString StarWinsCommand::doneMessage() const
{
    return m_star ? tr("Starred %n wins", nullptr, m_count) : tr("Unstarred %n wins", nullptr, m_count);
}

QString StarWinsCommand::undoneMessage() const
{
    return m_star ? tr("Unstarred %n wins", nullptr, m_count) : tr("Starred %n wins", nullptr, m_count);
}

} // namespace ladder
