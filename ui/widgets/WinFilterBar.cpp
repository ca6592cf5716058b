// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinFilterBar.h"

#include "domain/Period.h"
#include "domain/SearchQuery.h"
#include "StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ladder {

namespace {

void refill(QComboBox *box, const QString &allText, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant keep = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QVariant());
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    const int index = keep.isValid() ? box->findData(keep) : 0;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

WinFilterBar::WinFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_skill(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_goal(new QComboBox(this))
    , m_starred(new QCheckBox(tr("&Starred only"), this))
    , m_error(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("winSearch"));
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", -exclude, prefix*"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search wins"));
    m_search->setToolTip(tr("The same search as ladder-cli search: words (all must match), \"quoted phrases\", "
                            "-word to exclude, prefix* to match the start of words."));

    m_period->setObjectName(QStringLiteral("winPeriod"));
    m_period->setEditable(true);
    m_period->setInsertPolicy(QComboBox::NoInsert);
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("A preset, or a period as ladder-cli takes it: 2026, 2026-H2, 2026-Q3, 2026-11, "
                            "2026-01-01..today"));
    m_period->addItem(tr("Any time"), QString());
    m_period->addItem(tr("This month"), QStringLiteral("this-month"));
    m_period->addItem(tr("Last month"), QStringLiteral("last-month"));
    m_period->addItem(tr("This quarter"), QStringLiteral("this-quarter"));
    m_period->addItem(tr("Last quarter"), QStringLiteral("last-quarter"));
    m_period->addItem(tr("This year"), QStringLiteral("this-year"));
    m_period->addItem(tr("Last year"), QStringLiteral("last-year"));
    m_period->setMinimumContentsLength(12);

    m_skill->setObjectName(QStringLiteral("winSkill"));
    m_skill->setAccessibleName(tr("Skill"));
    m_skill->setMinimumContentsLength(14);
    m_skill->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setObjectName(QStringLiteral("winTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setMinimumContentsLength(10);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goal->setObjectName(QStringLiteral("winGoal"));
    m_goal->setAccessibleName(tr("Goal"));
    m_goal->setMinimumContentsLength(14);
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_starred->setObjectName(QStringLiteral("winStarred"));
    refill(m_skill, tr("All skills"), {});
    refill(m_tag, tr("All tags"), {});
    refill(m_goal, tr("All goals"), {});

    m_error->setObjectName(QStringLiteral("winFilterError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Filter error"));
    m_error->hide();

    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(searchLabel);
    row1->addWidget(m_search, 1);
    row1->addWidget(periodLabel);
    row1->addWidget(m_period);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_skill, 1);
    row2->addWidget(m_tag, 1);
    row2->addWidget(m_goal, 1);
    row2->addWidget(m_starred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_error);

    setTabOrder(m_search, m_period);
    setTabOrder(m_period, m_skill);
    setTabOrder(m_skill, m_tag);
    setTabOrder(m_tag, m_goal);
    setTabOrder(m_goal, m_starred);

    // A short pause after typing, so a search runs once per word, not per key.
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &WinFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        emit changed();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &WinFilterBar::changed);
    connect(m_period->lineEdit(), &QLineEdit::editingFinished, this, &WinFilterBar::changed);
    connect(m_skill, &QComboBox::currentIndexChanged, this, &WinFilterBar::changed);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &WinFilterBar::changed);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &WinFilterBar::changed);
    connect(m_starred, &QCheckBox::toggled, this, &WinFilterBar::changed);
}

QString WinFilterBar::periodText() const
{
    const QString typed = m_period->currentText().trimmed();
    const int preset = m_period->findText(typed);
    if (preset >= 0)
        return m_period->itemData(preset).toString();
    return typed;
}

Result<WinFilter> WinFilterBar::filter(const QDate &today) const
{
    WinFilter f;
    f.query = m_search->text().trimmed();
    if (!f.query.isEmpty()) {
        if (Result<QString> checked = SearchQuery::toFts5(f.query); !checked)
            return checked.error();
    }
    const QString period = periodText();
    if (!period.isEmpty()) {
        Result<Period> parsed = Period::parse(period, today);
        if (!parsed)
            return parsed.error();
        f.from = parsed->from;
        f.to = parsed->to;
    }
    f.skillSlug = m_skill->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.goalId = m_goal->currentData().toLongLong();
    f.starredOnly = m_starred->isChecked();
    return f;
}

void WinFilterBar::setChoices(const QStringList &skillSlugs, const QStringList &skillNames, const QStringList &tags,
                              const QList<Goal> &goals)
{
    QList<QPair<QString, QVariant>> skills;
    for (qsizetype i = 0; i < skillSlugs.size(); ++i)
        skills.append({skillNames.value(i, skillSlugs.at(i)), skillSlugs.at(i)});
    refill(m_skill, tr("All skills"), skills);
    QList<QPair<QString, QVariant>> tagItems;
    for (const QString &tag : tags)
        tagItems.append({QStringLiteral("@") + tag, tag});
    refill(m_tag, tr("All tags"), tagItems);
    QList<QPair<QString, QVariant>> goalItems;
    for (const Goal &goal : goals)
        goalItems.append({goal.title, goal.id});
    refill(m_goal, tr("All goals"), goalItems);
}

void WinFilterBar::showError(const QString &message)
{
    if (message.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return;
    }
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, StatusColors::bad(palette()));
    m_error->setPalette(pal);
    m_error->setText(tr("⚠ %1").arg(message));
    m_error->show();
}

void WinFilterBar::showPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blocker(m_period);
        m_period->setEditText(from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate));
    }
    emit changed();
}

void WinFilterBar::clearFilters()
{
    const QSignalBlocker b1(m_search), b2(m_period), b3(m_skill), b4(m_tag), b5(m_goal), b6(m_starred);
    m_search->clear();
    m_period->setCurrentIndex(0);
    m_skill->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_goal->setCurrentIndex(0);
    m_starred->setChecked(false);
    emit changed();
}

} // namespace ladder
