// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinEditDialog.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "domain/WinText.h"
#include "Session.h"
#include "StatusColors.h"
#include "widgets/DateField.h"
#include "widgets/GoalChecklist.h"
#include "widgets/SkillPicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ladder {

WinEditDialog::WinEditDialog(Session *session, const Win &win, QWidget *parent)
    : EditorDialog(parent)
    , m_session(session)
    , m_win(win)
    , m_date(new DateField(win.date, this))
    , m_title(new QLineEdit(win.title, this))
    , m_body(new QPlainTextEdit(win.body, this))
    , m_impact(new QLineEdit(win.impact, this))
    , m_tags(new QLineEdit(win.tags.join(QLatin1Char(' ')), this))
    , m_skills(new SkillPicker(this))
    , m_goals(new GoalChecklist(this))
    , m_star(new QCheckBox(tr("S&tarred"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("winEditDialog"));
    setWindowTitle(tr("Edit win"));
    m_date->setObjectName(QStringLiteral("winEditDate"));
    m_date->setAccessibleName(tr("Date"));
    m_title->setObjectName(QStringLiteral("winEditTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_body->setObjectName(QStringLiteral("winEditBody"));
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Body"));
    m_body->setMinimumHeight(fontMetrics().height() * 8);
    m_impact->setObjectName(QStringLiteral("winEditImpact"));
    m_impact->setAccessibleName(tr("Impact"));
    m_tags->setObjectName(QStringLiteral("winEditTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("tags separated by spaces"));
    m_skills->setObjectName(QStringLiteral("winEditSkills"));
    m_skills->setAccessibleName(tr("Skills"));
    m_goals->setObjectName(QStringLiteral("winEditGoals"));
    m_goals->setAccessibleName(tr("Goals"));
    m_star->setObjectName(QStringLiteral("winEditStar"));
    m_star->setChecked(win.starred);
    m_error->setObjectName(QStringLiteral("winEditError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    QStringList names;
    const QStringList slugs = m_session->skillSlugs();
    for (const QString &slug : slugs)
        names << m_session->skillName(slug);
    m_skills->setSkills(slugs, names);
    m_skills->setSlugs(win.skillSlugs);
    if (m_session->isOpen()) {
        if (Result<QList<Goal>> goals = m_session->workspace().goals().list())
            m_goals->setGoals(*goals, win.goalIds);
    }

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Date:"), m_date);
    addRow(tr("T&itle:"), m_title);
    addRow(tr("&Body:"), m_body);
    addRow(tr("I&mpact:"), m_impact);
    addRow(tr("T&ags:"), m_tags);
    addRow(tr("S&kills:"), m_skills);
    addRow(tr("&Goals:"), m_goals);
    form->addRow(QString(), m_star);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("winEditButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("winEditSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WinEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WinEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72), sizeHint().height());
    m_title->setFocus();
}

Win WinEditDialog::result() const
{
    Win win = m_win;
    win.date = m_date->date();
    win.skillSlugs = m_skills->slugs();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    win.tags = m_tags->text().split(separators, Qt::SkipEmptyParts);
    // A title left as it was is no change (one stored with its tags in it
    // stays so); a typed one goes through the quick-entry rule (WinText):
    // the tags ending it become tags, and skills where they name one.
    if (m_title->text().trimmed() != m_win.title.trimmed()) {
        const WinText typed = WinText::parseTitle(m_title->text(), m_session->skillSlugs());
        win.title = typed.title;
        for (const QString &tag : typed.tags) {
            if (!win.tags.contains(tag))
                win.tags << tag;
        }
        for (const QString &slug : typed.skillSlugs) {
            if (!win.skillSlugs.contains(slug))
                win.skillSlugs << slug;
        }
    }
    // Text left as it was is no change, even where the stored text has
    // spaces around it that the fields trim.
    const QString body = m_body->toPlainText().trimmed();
    win.body = body == m_win.body.trimmed() ? m_win.body : body;
    const QString impact = m_impact->text().trimmed();
    win.impact = impact == m_win.impact.trimmed() ? m_win.impact : impact;
    win.goalIds = m_goals->checkedIds();
    win.starred = m_star->isChecked();
    return win;
}

void WinEditDialog::accept()
{
    const QString typed = m_title->text().trimmed();
    if (typed.isEmpty()) {
        m_error->setText(tr("A win needs a title."));
        m_error->show();
        m_title->setFocus();
        return;
    }
    if (const WinText parsed = WinText::parseTitle(typed, {}); typed != m_win.title.trimmed() && !parsed.error.isEmpty()) {
        m_error->setText(parsed.error);
        m_error->show();
        m_title->setFocus();
        return;
    }
    if (const QStringList unknown = m_skills->unknownSlugs(); !unknown.isEmpty()) {
        m_error->setText(tr("Unknown skill: %1").arg(unknown.join(QStringLiteral(", "))));
        m_error->show();
        m_skills->setFocus();
        return;
    }
    if (m_save) {
        if (const QString error = m_save(result()); !error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    EditorDialog::accept();
}

} // namespace ladder
