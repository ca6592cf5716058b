// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillsView.h"

#include "DisplayDate.h"

#include "application/Ratings.h"
#include "application/Workspace.h"
#include "commands/RateSkillCommand.h"
#include "delegates/GapBarDelegate.h"
#include "dialogs/RateSkillDialog.h"
#include "domain/ProficiencyScale.h"
#include "engine/LevelLookup.h"
#include "engine/SkillOrder.h"
#include "models/SkillTreeModel.h"
#include "report/ReportText.h"
#include "Session.h"
#include "widgets/DateField.h"
#include "widgets/FlowLayout.h"
#include "widgets/RadarChartWidget.h"
#include "widgets/ResponsiveSplitter.h"
#include "widgets/SkillHistoryChart.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ladder {

SkillsView::SkillsView(Session *session, QWidget *parent)
    : View(session, parent)
    , m_model(new SkillTreeModel(session, this))
    , m_target(new QComboBox(this))
    , m_rateButton(new QPushButton(tr("&Rate…"), this))
    , m_tree(new QTreeView(this))
    , m_splitter(new ResponsiveSplitter(this))
    , m_tabs(new QTabWidget(this))
    , m_name(new QLabel(this))
    , m_description(new QLabel(this))
    , m_expectations(new QLabel(this))
    , m_lastRating(new QLabel(this))
    , m_quickRate(new QButtonGroup(this))
    , m_rateButtons(new FlowLayout)
    , m_rateDate(new DateField(this))
    , m_rateNote(new QLineEdit(this))
    , m_history(new SkillHistoryChart(this))
    , m_radar(new RadarChartWidget(this))
{
    setObjectName(QStringLiteral("skillsView"));
    m_target->setObjectName(QStringLiteral("skillTargetLevel"));
    m_target->setAccessibleName(tr("Target level"));
    m_rateButton->setObjectName(QStringLiteral("rateSkillButton"));
    m_rateButton->setToolTip(tr("Rate the selected skill with a note and a date (Ctrl+R)"));
    m_tree->setObjectName(QStringLiteral("skillTree"));
    m_tree->setAccessibleName(tr("Skills"));
    m_splitter->setObjectName(QStringLiteral("skillsSplitter"));
    m_tabs->setObjectName(QStringLiteral("skillTabs"));
    m_name->setObjectName(QStringLiteral("skillName"));
    m_description->setObjectName(QStringLiteral("skillDescription"));
    m_expectations->setObjectName(QStringLiteral("skillExpectations"));
    m_lastRating->setObjectName(QStringLiteral("skillLastRating"));
    m_history->setObjectName(QStringLiteral("skillHistory"));
    m_history->setAccessibleName(tr("Rating history"));
    m_radar->setObjectName(QStringLiteral("skillRadar"));
    m_radar->setAccessibleName(tr("Radar of ratings against the target level"));

    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(SkillTreeModel::GapColumn, new GapBarDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    // Every column as wide as its contents; the bar takes what is left.
    header->setStretchLastSection(true);
    for (int column = SkillTreeModel::NameColumn; column < SkillTreeModel::GapColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_description->setWordWrap(true);
    m_expectations->setWordWrap(true);
    m_lastRating->setWordWrap(true);
    m_lastRating->setTextFormat(Qt::PlainText);

    // Two clicks: a skill, then one of these.
    auto *rateBox = new QGroupBox(tr("Rate it now"), this);
    rateBox->setObjectName(QStringLiteral("quickRateBox"));
    m_rateBox = rateBox;
    fillQuickRate();
    m_rateDate->setObjectName(QStringLiteral("quickRateDate"));
    m_rateDate->setAccessibleName(tr("Rating date"));
    m_rateNote->setObjectName(QStringLiteral("quickRateNote"));
    m_rateNote->setPlaceholderText(tr("note (optional)"));
    m_rateNote->setAccessibleName(tr("Rating note"));
    auto *rateForm = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Date:"), rateBox);
    dateLabel->setBuddy(m_rateDate);
    rateForm->addRow(dateLabel, m_rateDate);
    auto *noteLabel = new QLabel(tr("N&ote:"), rateBox);
    noteLabel->setBuddy(m_rateNote);
    rateForm->addRow(noteLabel, m_rateNote);
    auto *rateLayout = new QVBoxLayout(rateBox);
    rateLayout->addLayout(m_rateButtons);
    rateLayout->addLayout(rateForm);

    auto *historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("skillDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_description);
    detailLayout->addWidget(m_expectations);
    detailLayout->addWidget(m_lastRating);
    detailLayout->addWidget(rateBox);
    detailLayout->addWidget(historyTitle);
    detailLayout->addWidget(m_history, 1);
    // The table and the radar share the wide side; the selected skill reads
    // beside either.
    m_tabs->addTab(m_tree, tr("Ta&ble"));
    auto *radarPage = new QWidget(this);
    radarPage->setObjectName(QStringLiteral("radarPage"));
    auto *radarLayout = new QVBoxLayout(radarPage);
    auto *radarCaption = new QLabel(tr("Your ratings against what the target level expects, one spoke per expected skill."), radarPage);
    radarCaption->setWordWrap(true);
    radarLayout->addWidget(radarCaption);
    radarLayout->addWidget(m_radar, 1);
    m_tabs->addTab(radarPage, tr("R&adar"));

    // The detail scrolls rather than making the window taller than the screen.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("skillDetailScroll"));
    detailScroll->setWidget(detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // About 60:40 at first (proportions; the saved state wins later).
    m_splitter->setSizes({6000, 4000});
    // Side by side only where both halves fit without cutting columns.
    m_splitter->setSideBySideFrom(135);

    auto *targetLabel = new QLabel(tr("&Target level:"), this);
    targetLabel->setBuddy(m_target);
    auto *top = new QHBoxLayout;
    top->addWidget(targetLabel);
    top->addWidget(m_target);
    top->addStretch(1);
    top->addWidget(m_rateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_target, m_rateButton);
    setTabOrder(m_rateButton, m_tabs);
    setTabOrder(m_tabs, m_tree);

    auto *rateAction = new QAction(tr("Rate…"), this);
    rateAction->setObjectName(QStringLiteral("rateSkillAction"));
    rateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    rateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(rateAction);
    connect(rateAction, &QAction::triggered, this, &SkillsView::openRateDialog);
    connect(m_rateButton, &QPushButton::clicked, this, &SkillsView::openRateDialog);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->skillAt(index))
            openRateDialog();
    });
    connect(m_quickRate, &QButtonGroup::idClicked, this, &SkillsView::rateSelected);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        const QString level = m_target->currentData().toString();
        if (!level.isEmpty())
            m_model->setTargetLevel(level);
        updateDetail();
        updateRadar();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SkillsView::updateDetail);
    connect(m_model, &SkillTreeModel::modelReset, m_tree, &QTreeView::expandAll);
}

void SkillsView::resetForNewFile()
{
    m_rateDateSet = false;
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_model->setTargetLevel(QString());
}

void SkillsView::fillLevels()
{
    const QSignalBlocker blocker(m_target);
    const QString keep = m_model->targetLevel();
    m_target->clear();
    for (const Level &level : LevelLookup::byRank(m_session->framework()))
        m_target->addItem(level.name, level.slug);
    m_target->setCurrentIndex(std::max(0, m_target->findData(keep)));
}

void SkillsView::fillQuickRate()
{
    // One button per step of the framework's scale, remade when the scale changes.
    const ProficiencyScale &scale = m_session->framework().scale;
    if (!m_quickRate->buttons().isEmpty() && scale == m_quickRateScale)
        return;
    m_quickRateScale = scale;
    for (QAbstractButton *button : m_quickRate->buttons()) {
        m_quickRate->removeButton(button);
        delete button;
    }
    for (int value = scale.min(); value <= scale.max(); ++value) {
        auto *button = new QPushButton(QStringLiteral("%1\n%2").arg(value).arg(scale.word(value)), m_rateBox);
        button->setObjectName(QStringLiteral("quickRate%1").arg(value));
        button->setCheckable(true);
        button->setAccessibleName(tr("Rate %1").arg(scale.label(value)));
        m_quickRate->addButton(button, value);
        m_rateButtons->addWidget(button);
    }
    m_quickRate->setExclusive(true);
}

void SkillsView::refresh()
{
    const QString keep = selectedSkill();
    m_model->reload();
    fillQuickRate();
    fillLevels();
    if (m_tree->model()->rowCount() > 0 && !m_tree->isExpanded(m_model->index(0, 0)))
        m_tree->expandAll();
    if (!keep.isEmpty() && selectedSkill() != keep)
        selectSkill(keep);
    if (selectedSkill().isEmpty() && !m_session->framework().skills.isEmpty())
        selectSkill(m_session->framework().skills.first().slug);
    updateRadar();
    m_rateDate->setMaximumDate(m_session->today());
    // Today, until the user picks another day (kept for the next ratings).
    if (!m_rateDateSet || m_rateDate->date() > m_session->today()) {
        m_rateDate->setDate(m_session->today());
        m_rateDateSet = true;
    }
    updateDetail();
}

bool SkillsView::selectSkill(const QString &slug)
{
    const QModelIndex index = m_model->indexOfSkill(slug);
    if (!index.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

QString SkillsView::selectedSkill() const
{
    const Skill *skill = m_model->skillAt(m_tree->currentIndex());
    return skill ? skill->slug : QString();
}

void SkillsView::rateSelected(int rating)
{
    const QString slug = selectedSkill();
    if (slug.isEmpty())
        return;
    Assessment a;
    a.skillSlug = slug;
    a.rating = rating;
    a.date = m_rateDate->date();
    a.note = m_rateNote->text().trimmed();
    m_session->undoStack()->push(new RateSkillCommand(*m_session, a));
    m_rateNote->clear();
}

void SkillsView::updateRadar()
{
    const Framework &fw = m_session->framework();
    const QString target = m_model->targetLevel();
    RadarChartData chart;
    chart.maxValue = fw.scale.max();
    for (const Skill *skill : SkillOrder::skills(fw)) {
        if (!LevelLookup::counts(*skill, target, fw.scale))
            continue;
        const int expected = LevelLookup::expected(*skill, target, fw.scale);
        const Assessment *latest = m_model->latestRating(skill->slug);
        RadarChartData::Axis axis;
        axis.skillSlug = skill->slug;
        axis.label = skill->name;
        axis.rating = latest ? fw.scale.clamp(latest->rating) : 0;
        axis.expected = expected;
        axis.unrated = latest == nullptr;
        chart.axes << axis;
    }
    chart.ratingLegend = tr("Your rating");
    chart.expectedLegend = tr("Expected at %1").arg(m_session->levelName(target));
    m_radar->setData(chart);
}

void SkillsView::openRateDialog()
{
    const QString slug = selectedSkill();
    if (slug.isEmpty())
        return;
    const Assessment *latest = m_model->latestRating(slug);
    RateSkillDialog dialog(m_session, slug, latest ? latest->rating : -1, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->undoStack()->push(new RateSkillCommand(*m_session, dialog.assessment()));
}

void SkillsView::updateDetail()
{
    const QString slug = selectedSkill();
    const Skill *skill = m_session->framework().skill(slug);
    const bool has = skill != nullptr;
    for (QAbstractButton *button : m_quickRate->buttons())
        button->setEnabled(has);
    m_rateButton->setEnabled(has);
    if (!skill) {
        m_name->setText(tr("Select a skill"));
        m_description->clear();
        m_expectations->clear();
        m_lastRating->clear();
        m_history->setHistory({}, m_session->today(), {}, m_session->framework().scale.max());
        return;
    }
    m_name->setText(skill->name);
    m_description->setText(skill->description);
    const ProficiencyScale &scale = m_session->framework().scale;
    QStringList expects;
    for (const Level &level : LevelLookup::byRank(m_session->framework())) {
        expects << tr("%1 %2").arg(
            level.name, skill->appliesAt(level.slug) ? QString::number(skill->expectedAt(level.slug)) : ReportText::notApplicable());
    }
    m_expectations->setText(tr("Expected: %1").arg(expects.join(QStringLiteral(" · "))));

    const Assessment *latest = m_model->latestRating(slug);
    {
        // Show the rating in force without recording anything.
        const QSignalBlocker blocker(m_quickRate);
        m_quickRate->setExclusive(false);
        for (QAbstractButton *button : m_quickRate->buttons())
            button->setChecked(latest && m_quickRate->id(button) == latest->rating);
        m_quickRate->setExclusive(true);
    }
    if (latest) {
        QString text = tr("Rated %1 on %2").arg(ReportText::proficiency(latest->rating, scale), DisplayDate::text(latest->date));
        if (!latest->note.isEmpty())
            text += tr(": “%1”").arg(latest->note);
        m_lastRating->setText(text);
    } else {
        m_lastRating->setText(tr("Not rated yet."));
    }

    QList<Assessment> history;
    if (m_session->isOpen()) {
        if (Result<QList<Assessment>> h = m_session->workspace().ratings().history(slug))
            history = *h;
    }
    const QString current = m_session->currentLevel();
    const QString target = m_model->targetLevel();
    // A level where the skill does not apply draws no line; two levels that
    // expect the same share one line, so their labels do not overprint.
    QList<SkillHistoryChart::Line> lines;
    const bool currentLine = skill->appliesAt(current);
    const bool targetLine = target != current && skill->appliesAt(target);
    if (currentLine && targetLine && skill->expectedAt(current) == skill->expectedAt(target)) {
        lines.append({tr("%1, %2 %3").arg(m_session->levelName(current), m_session->levelName(target)).arg(skill->expectedAt(target)),
                      skill->expectedAt(target), true});
    } else {
        if (currentLine)
            lines.append(
                {tr("%1 %2").arg(m_session->levelName(current)).arg(skill->expectedAt(current)), skill->expectedAt(current), false});
        if (targetLine)
            lines.append({tr("%1 %2").arg(m_session->levelName(target)).arg(skill->expectedAt(target)), skill->expectedAt(target), true});
    }
    m_history->setHistory(history, m_session->today(), lines, scale.max());
}

} // namespace ladder
