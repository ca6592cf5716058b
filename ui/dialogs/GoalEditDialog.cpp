// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalEditDialog.h"

#include "Session.h"
#include "StatusColors.h"
#include "widgets/DateField.h"
#include "widgets/SkillPicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ladder {

GoalEditDialog::GoalEditDialog(Session *session, const Goal &goal, QWidget *parent)
    : EditorDialog(parent)
    , m_session(session)
    , m_goal(goal)
    , m_title(new QLineEdit(goal.title, this))
    , m_note(new QPlainTextEdit(goal.note, this))
    , m_hasDue(new QCheckBox(tr("D&ue by"), this))
    , m_due(new DateField(this))
    , m_skills(new SkillPicker(this))
    , m_error(new QLabel(this))
{
    const bool isNew = goal.id == 0;
    setObjectName(QStringLiteral("goalEditDialog"));
    setWindowTitle(isNew ? tr("New goal") : tr("Edit goal"));
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Lead the next failover drill"));
    m_note->setObjectName(QStringLiteral("goalNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 5);
    m_hasDue->setObjectName(QStringLiteral("goalHasDue"));
    m_hasDue->setChecked(goal.due.isValid());
    m_due->setObjectName(QStringLiteral("goalDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setDate(goal.due.isValid() ? goal.due : session->today().addMonths(3));
    m_due->setEnabled(goal.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_skills->setObjectName(QStringLiteral("goalSkills"));
    m_skills->setAccessibleName(tr("Skills"));
    QStringList names;
    const QStringList slugs = session->skillSlugs();
    for (const QString &slug : slugs)
        names << session->skillName(slug);
    m_skills->setSkills(slugs, names);
    m_skills->setSlugs(goal.skillSlugs);
    m_error->setObjectName(QStringLiteral("goalError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Title:"), m_title);
    addRow(tr("&Note:"), m_note);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    form->addRow(tr("Due:"), due);
    addRow(tr("S&kills:"), m_skills);
    if (isNew) {
        m_milestones = new QPlainTextEdit(this);
        m_milestones->setObjectName(QStringLiteral("goalMilestones"));
        m_milestones->setAccessibleName(tr("Milestones, one per line"));
        m_milestones->setPlaceholderText(tr("One milestone per line"));
        m_milestones->setTabChangesFocus(true);
        m_milestones->setPlainText([&] {
            QStringList lines;
            for (const Milestone &m : goal.milestones)
                lines << m.text;
            return lines.join(QLatin1Char('\n'));
        }());
        addRow(tr("&Milestones:"), m_milestones);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("goalButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("goalSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoalEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 64), sizeHint().height());
    m_title->setFocus();
}

Goal GoalEditDialog::goal() const
{
    Goal goal = m_goal;
    goal.title = m_title->text().trimmed();
    // A note left as it was is no change, even with spaces around it stored.
    const QString note = m_note->toPlainText().trimmed();
    goal.note = note == m_goal.note.trimmed() ? m_goal.note : note;
    goal.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    goal.skillSlugs = m_skills->slugs();
    if (m_milestones) {
        goal.milestones.clear();
        const QStringList lines = m_milestones->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty()) {
                Milestone m;
                m.text = line.trimmed();
                goal.milestones << m;
            }
        }
    }
    return goal;
}

void GoalEditDialog::accept()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("A goal needs a title.");
    else if (const QStringList unknown = m_skills->unknownSlugs(); !unknown.isEmpty())
        problem = tr("Unknown skill: %1").arg(unknown.join(QStringLiteral(", ")));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    if (m_save) {
        if (const QString error = m_save(goal()); !error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    EditorDialog::accept();
}

} // namespace ladder
