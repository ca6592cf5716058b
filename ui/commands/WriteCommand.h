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
    // True on the second and later redo (after an undo): commands that create
    // rows put back the very same row (same UUID) instead of a new one.
    bool isReapply() const { return m_applied; }

    Session &m_session;

private:
    void finish(const Result<void> &result);

    QString m_error;
    bool m_applied = false;
};

} // namespace ladder
