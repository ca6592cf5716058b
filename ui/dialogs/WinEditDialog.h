#pragma once

#include "domain/Win.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ladder {

class GoalChecklist;
class Session;
class SkillPicker;

// Every field of a win, for editing one in full (the table edits title,
// date and impact in place). The caller turns result() into an EditWinCommand.
class WinEditDialog : public QDialog
{
    Q_OBJECT

public:
    WinEditDialog(Session *session, const Win &win, QWidget *parent = nullptr);

    Win result() const;

public slots:
    void accept() override;

private:
    Session *m_session;
    Win m_win;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLineEdit *m_impact;
    QLineEdit *m_tags;
    SkillPicker *m_skills;
    GoalChecklist *m_goals;
    QCheckBox *m_star;
    QLabel *m_error;
};

} // namespace ladder
