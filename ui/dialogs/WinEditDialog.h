// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"

#include "dialogs/EditorDialog.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ladder {

class DateField;

class GoalChecklist;
class Session;
class SkillPicker;

// Every field of a win, for editing one in full (the table edits title,
// date and impact in place). The caller turns result() into an EditWinCommand,
// through setSave() to keep the dialog open when the write fails.
class WinEditDialog : public EditorDialog
{
    Q_OBJECT

public:
    WinEditDialog(Session *session, const Win &win, QWidget *parent = nullptr);

    Win result() const;
    // Writes result() when Save is pressed and returns the error, empty when
    // it worked: a failed write (the win changed or deleted meanwhile by
    // ladder-cli) leaves the dialog open with the edits and the reason, so
    // nothing typed is lost.
    void setSave(std::function<QString(const Win &)> save) { m_save = std::move(save); }

public slots:
    void accept() override;

private:
    Session *m_session;
    Win m_win;
    DateField *m_date;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLineEdit *m_impact;
    QLineEdit *m_tags;
    SkillPicker *m_skills;
    GoalChecklist *m_goals;
    QCheckBox *m_star;
    QLabel *m_error;
    std::function<QString(const Win &)> m_save;
};

} // namespace ladder
