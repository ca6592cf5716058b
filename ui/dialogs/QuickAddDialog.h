// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/EditorDialog.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ladder {

class GoalChecklist;
class Session;
class SkillPicker;

// Logs a win in seconds. The title takes the CLI's quick-entry syntax
// (WinText): "yesterday: Led the failover drill @distributed-systems" sets
// the date, tags the win and links the skill; a line under it shows what was
// understood. Enter saves (Ctrl+Enter from the body); Esc asks before
// throwing away typed text.
class QuickAddDialog : public EditorDialog
{
    Q_OBJECT

public:
    explicit QuickAddDialog(Session *session, QWidget *parent = nullptr);

    // The id of the win saved by accept(), 0 before.
    qint64 savedWinId() const { return m_savedId; }

public slots:
    void accept() override;

protected:
    QString discardTitle() const override;
    QString discardText() const override;

private:
    void updatePreview();
    void showError(const QString &message);

    Session *m_session;
    QLineEdit *m_title;
    QLabel *m_preview;
    QPlainTextEdit *m_body;
    QLineEdit *m_impact;
    SkillPicker *m_skills;
    GoalChecklist *m_goals;
    QCheckBox *m_star;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};

} // namespace ladder
