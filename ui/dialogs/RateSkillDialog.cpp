// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateSkillDialog.h"

#include "domain/ProficiencyScale.h"
#include "report/ReportText.h"
#include "Session.h"
#include "widgets/DateField.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ladder {

RateSkillDialog::RateSkillDialog(Session *session, const QString &skillSlug, int currentRating, QWidget *parent)
    : EditorDialog(parent)
    , m_session(session)
    , m_skill(new QComboBox(this))
    , m_ratings(new QButtonGroup(this))
    , m_date(new DateField(session->today(), this))
    , m_note(new QLineEdit(this))
    , m_expects(new QLabel(this))
{
    setObjectName(QStringLiteral("rateSkillDialog"));
    setWindowTitle(tr("Rate a skill"));
    m_skill->setObjectName(QStringLiteral("rateSkill"));
    m_skill->setAccessibleName(tr("Skill"));
    for (const Skill &skill : session->framework().skills)
        m_skill->addItem(skill.name, skill.slug);
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(skillSlug)));

    // One choice per step of the framework's scale; digits 0-9 are mnemonics.
    const ProficiencyScale &scale = session->framework().scale;
    auto *ratingRow = new QVBoxLayout;
    for (int value = scale.min(); value <= scale.max(); ++value) {
        const QString mnemonic = value <= 9 ? QStringLiteral("&") : QString();
        auto *button = new QRadioButton(mnemonic + scale.label(value), this);
        button->setObjectName(QStringLiteral("rateValue%1").arg(value));
        m_ratings->addButton(button, value);
        ratingRow->addWidget(button);
    }
    setRating(currentRating < 0 ? 0 : currentRating);

    m_date->setObjectName(QStringLiteral("rateDate"));
    m_date->setMaximumDate(session->today());
    m_date->setAccessibleName(tr("Date"));
    m_note->setObjectName(QStringLiteral("rateNote"));
    m_note->setPlaceholderText(tr("why this rating (optional)"));
    m_note->setAccessibleName(tr("Note"));
    m_expects->setObjectName(QStringLiteral("rateExpects"));
    m_expects->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("S&kill:"), m_skill);
    form->addRow(tr("Rating:"), ratingRow);
    form->addRow(QString(), m_expects);
    addRow(tr("&Date:"), m_date);
    addRow(tr("N&ote:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("rateButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rate"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rateOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RateSkillDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RateSkillDialog::reject);
    connect(m_skill, &QComboBox::currentIndexChanged, this, &RateSkillDialog::updateExpectations);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateExpectations();
    if (QAbstractButton *checked = m_ratings->checkedButton())
        checked->setFocus();
}

void RateSkillDialog::setRating(int rating)
{
    if (QAbstractButton *button = m_ratings->button(rating))
        button->setChecked(true);
}

void RateSkillDialog::updateExpectations()
{
    const Skill *skill = m_session->framework().skill(m_skill->currentData().toString());
    if (!skill) {
        m_expects->clear();
        return;
    }
    const QString current = m_session->currentLevel();
    const QString next = m_session->nextLevel();
    const ProficiencyScale &scale = m_session->framework().scale;
    const auto expects
        = [&](const QString &level) { return ReportText::expected(skill->expectedAt(level), skill->appliesAt(level), scale); };
    QString text = tr("%1 expects %2").arg(m_session->levelName(current), expects(current));
    if (!next.isEmpty())
        text += tr("; %1 expects %2").arg(m_session->levelName(next), expects(next));
    m_expects->setText(text + QLatin1Char('.'));
}

Assessment RateSkillDialog::assessment() const
{
    Assessment a;
    a.skillSlug = m_skill->currentData().toString();
    a.rating = std::max(0, m_ratings->checkedId());
    a.date = m_date->date();
    a.note = m_note->text().trimmed();
    return a;
}

} // namespace ladder
