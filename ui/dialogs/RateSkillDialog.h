// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"

#include "dialogs/EditorDialog.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ladder {

class DateField;

class Session;

// Rates a skill: pick the skill (preselected), a rating on the framework's
// scale (each step with its word and what the current and target levels expect), a date (today) and
// an optional note. The caller turns assessment() into a RateSkillCommand.
class RateSkillDialog : public EditorDialog
{
    Q_OBJECT

public:
    RateSkillDialog(Session *session, const QString &skillSlug, int currentRating, QWidget *parent = nullptr);

    Assessment assessment() const;
    void setRating(int rating);

private:
    void updateExpectations();

    Session *m_session;
    QComboBox *m_skill;
    QButtonGroup *m_ratings;
    DateField *m_date;
    QLineEdit *m_note;
    QLabel *m_expects;
};

} // namespace ladder
