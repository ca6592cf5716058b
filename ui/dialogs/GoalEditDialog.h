// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"

#include "dialogs/EditorDialog.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ladder {

class DateField;

class Session;
class SkillPicker;

// A goal's title, note, due date and skills; for a new goal also its first
// milestones, one per line. The caller turns goal() into an AddGoalCommand
// or an EditGoalCommand.
class GoalEditDialog : public EditorDialog
{
    Q_OBJECT

public:
    GoalEditDialog(Session *session, const Goal &goal, QWidget *parent = nullptr);

    Goal goal() const;
    // Writes goal() when Save is pressed and returns the error, empty when it
    // worked: a failed write leaves the dialog open with the edits and the
    // reason, so nothing typed is lost.
    void setSave(std::function<QString(const Goal &)> save) { m_save = std::move(save); }

public slots:
    void accept() override;

private:
    Session *m_session;
    Goal m_goal;
    QLineEdit *m_title;
    QPlainTextEdit *m_note;
    QCheckBox *m_hasDue;
    DateField *m_due;
    SkillPicker *m_skills;
    QPlainTextEdit *m_milestones = nullptr;
    QLabel *m_error;
    std::function<QString(const Goal &)> m_save;
};

} // namespace ladder
