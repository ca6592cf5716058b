// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

namespace ladder {

class Session;

// The base of every undoable edit: redo() and undo() each make one call to the
// application layer (one transaction there, none here) and then tell the
// session, so that every view re-reads.
// A write that fails (a bad title, the row deleted meanwhile by ladder-cli)
// marks the command obsolete, so QUndoStack drops it instead of keeping a step
// that would not do what it says, and the error is shown to the user.
// A write that worked tells the session what happened, in the words of
// doneMessage() or undoneMessage() (the window's status bar), so that every
// command words its own outcome and an undo replaces the message of the step
// it takes back. A command inside another (a group) leaves the telling to
// the group.
class WriteCommand : public QUndoCommand
{
public:
    explicit WriteCommand(Session &session, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

    // The message of the last failed redo or undo; empty when it worked.
    const QString &errorMessage() const { return m_error; }

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    // What happened, as the user reads it: "Deleted win 12 — Ctrl+Z brings
    // it back" after apply(), "Brought back win 12" after revert().
    virtual QString doneMessage() const = 0;
    virtual QString undoneMessage() const = 0;
    // True on the second and later redo (after an undo): commands that create
    // rows put back the very same row (same UUID) instead of a new one.
    bool isReapply() const { return m_applied; }

    Session &m_session;

private:
    void finish(const Result<void> &result, bool undone);

    QString m_error;
    bool m_applied = false;
    bool m_inGroup;
};

} // namespace ladder
