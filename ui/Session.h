// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace ladder {

class Workspace;

// The open database as the whole window sees it: the Workspace (the
// application layer, its only way to the data), the undo stack of the edits
// made to it, and one signal that tells every view to re-read. Writes go through undo commands, which call
// notifyChanged(); writes by other programs (ladder-cli) reach it through the
// DatabaseWatcher. Views never keep their own connection.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (or creates, with the built-in framework) the file; on success the
    // previous file is closed and its undo history dropped.
    Result<void> open(const QString &path);
    bool isOpen() const { return m_workspace != nullptr; }
    QString path() const;
    Workspace &workspace() { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The active framework, cached: every view looks skills up by slug.
    const Framework &framework() const { return m_framework; }
    QString skillName(const QString &slug) const;
    QStringList skillSlugs() const;
    // The user's current level (setting), cached like the framework.
    QString currentLevel() const { return m_currentLevel; }
    // The level right above the current one; empty at the top.
    QString nextLevel() const;
    // The level readiness and gaps are measured against unless the user picks
    // one (Ratings::targetLevel, as ladder-cli): the level the user aims for,
    // else the next level, or the current one at the top.
    QString defaultTarget() const;
    QString levelName(const QString &slug) const;

    // "Today" for date expressions and "due soon"; tests and screenshots pin it.
    QDate today() const;
    void setToday(const QDate &today) { m_today = today; }

    // Pushes an undoable write and returns its error message, empty when it
    // worked; the caller shows the message (a dialog that stays open), so it
    // is not reported through errorOccurred.
    QString execute(QUndoCommand *command);

    // Called after every write: re-reads the cached framework and level and
    // tells the views.
    void notifyChanged();
    // A write that failed: the window shows the message.
    void reportError(const QString &message);
    // A write (or its undo) that worked, in words: the window shows it.
    void reportDone(const QString &message);

signals:
    // Another file was opened: views start over.
    void opened();
    // The data changed (here or in another program): views re-read, keeping
    // the user's selection and scroll position.
    void dataChanged();
    void errorOccurred(const QString &message);
    // What the last write, undo or redo did ("Deleted win 12 — …").
    void done(const QString &message);

private:
    void reloadCache();

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    Framework m_framework;
    QString m_currentLevel;
    QString m_targetLevel;
    QDate m_today;
    bool m_capturing = false;
    QString m_captured;
};

} // namespace ladder
