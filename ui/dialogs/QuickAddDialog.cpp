// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickAddDialog.h"

#include "DisplayDate.h"

#include "application/Goals.h"
#include "application/Workspace.h"
#include "commands/AddWinCommand.h"
#include "domain/WinText.h"
#include "Session.h"
#include "StatusColors.h"
#include "widgets/GoalChecklist.h"
#include "widgets/SkillPicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ladder {

QuickAddDialog::QuickAddDialog(Session *session, QWidget *parent)
    : EditorDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_impact(new QLineEdit(this))
    , m_skills(new SkillPicker(this))
    , m_goals(new GoalChecklist(this))
    , m_star(new QCheckBox(tr("S&tar this win"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("quickAddDialog"));
    setWindowTitle(tr("Log a win"));

    m_title->setObjectName(QStringLiteral("quickAddTitle"));
    m_title->setPlaceholderText(tr("yesterday: Led the failover drill @distributed-systems"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setToolTip(tr("A leading DATE: sets the date (today, yesterday, 3 days ago, last friday, 2026-11-20); "
                           "@word and #word are tags, and link the skill when word is a skill slug; "
                           "the tags ending the title are taken out of it."));
    m_preview->setObjectName(QStringLiteral("quickAddPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_preview->setPalette(previewPalette);

    m_body->setObjectName(QStringLiteral("quickAddBody"));
    m_body->setPlaceholderText(tr("What happened, in Markdown (optional)"));
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Body"));
    m_body->setMinimumHeight(fontMetrics().height() * 5);
    m_impact->setObjectName(QStringLiteral("quickAddImpact"));
    m_impact->setPlaceholderText(tr("e.g. p99 from 2 s to 900 ms"));
    m_impact->setAccessibleName(tr("Impact"));
    m_skills->setObjectName(QStringLiteral("quickAddSkills"));
    m_skills->setAccessibleName(tr("Skills"));
    m_goals->setObjectName(QStringLiteral("quickAddGoals"));
    m_goals->setAccessibleName(tr("Goals"));
    m_star->setObjectName(QStringLiteral("quickAddStar"));
    m_error->setObjectName(QStringLiteral("quickAddError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("quickAddButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("quickAddSave"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    if (m_session->isOpen()) {
        QStringList names;
        const QStringList slugs = m_session->skillSlugs();
        for (const QString &slug : slugs)
            names << m_session->skillName(slug);
        m_skills->setSkills(slugs, names);
        GoalFilter open;
        open.status = GoalStatus::Open;
        if (Result<QList<Goal>> goals = m_session->workspace().goals().list(open))
            m_goals->setGoals(*goals);
    }

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    form->addRow(QString(), m_preview);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);
    auto *impactLabel = new QLabel(tr("&Impact:"), this);
    impactLabel->setBuddy(m_impact);
    form->addRow(impactLabel, m_impact);
    auto *skillsLabel = new QLabel(tr("S&kills:"), this);
    skillsLabel->setBuddy(m_skills);
    form->addRow(skillsLabel, m_skills);
    auto *goalsLabel = new QLabel(tr("&Goals:"), this);
    goalsLabel->setBuddy(m_goals);
    form->addRow(goalsLabel, m_goals);
    form->addRow(QString(), m_star);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_title, m_body);
    setTabOrder(m_body, m_impact);
    setTabOrder(m_impact, m_skills);
    setTabOrder(m_skills, m_goals);
    setTabOrder(m_goals, m_star);
    setTabOrder(m_star, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuickAddDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuickAddDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &QuickAddDialog::updatePreview);

    updatePreview();
    resize(std::max(sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80), sizeHint().height());
    m_title->setFocus();
}

QString QuickAddDialog::discardTitle() const
{
    return tr("Discard this win?");
}

QString QuickAddDialog::discardText() const
{
    return tr("The win you typed has not been saved. Throw it away?");
}

void QuickAddDialog::updatePreview()
{
    const WinText parsed = WinText::parse(m_title->text(), m_session->today(), m_session->skillSlugs());
    QStringList parts;
    // The title as it will be stored: the tags ending it are taken out.
    if (!parsed.title.isEmpty())
        parts << tr("“%1”").arg(parsed.title);
    const QDate date = parsed.date.isValid() ? parsed.date : m_session->today();
    parts << tr("Date %1").arg(DisplayDate::text(date));
    if (!parsed.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : parsed.tags)
            tags << QStringLiteral("@") + tag;
        parts << tr("tags %1").arg(tags.join(QLatin1Char(' ')));
    }
    if (!parsed.skillSlugs.isEmpty()) {
        QStringList names;
        for (const QString &slug : parsed.skillSlugs)
            names << m_session->skillName(slug);
        parts << tr("skills %1").arg(names.join(QStringLiteral(", ")));
    }
    m_preview->setText(parts.join(QStringLiteral(" · ")));
}

void QuickAddDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void QuickAddDialog::accept()
{
    if (!m_session->isOpen())
        return;
    const QStringList known = m_session->skillSlugs();
    QString text = m_title->text().trimmed();
    const QString body = m_body->toPlainText().trimmed();
    if (!body.isEmpty())
        text += QLatin1Char('\n') + body;
    if (m_title->text().trimmed().isEmpty()) {
        showError(tr("Type a title first."));
        m_title->setFocus();
        return;
    }
    const WinText parsed = WinText::parse(text, m_session->today(), known);
    // The same refusal as `ladder-cli win add` ("2026-02-30: x" is no date,
    // "@perf #oncall" is no title).
    if (!parsed.error.isEmpty()) {
        showError(parsed.error);
        m_title->setFocus();
        return;
    }
    const QStringList unknown = m_skills->unknownSlugs();
    if (!unknown.isEmpty()) {
        showError(tr("Unknown skill: %1").arg(unknown.join(QStringLiteral(", "))));
        m_skills->setFocus();
        return;
    }
    Win win;
    win.title = parsed.title;
    win.body = parsed.body;
    win.date = parsed.date.isValid() ? parsed.date : m_session->today();
    win.tags = parsed.tags;
    win.skillSlugs = parsed.skillSlugs;
    for (const QString &slug : m_skills->slugs()) {
        if (!win.skillSlugs.contains(slug))
            win.skillSlugs << slug;
    }
    win.impact = m_impact->text().trimmed();
    win.goalIds = m_goals->checkedIds();
    win.starred = m_star->isChecked();

    auto *command = new AddWinCommand(*m_session, win);
    const QString error = m_session->execute(command);
    if (!error.isEmpty()) {
        // The command was dropped by the stack; keep the dialog and the text.
        showError(error);
        return;
    }
    m_savedId = command->winId();
    EditorDialog::accept();
}

} // namespace ladder
