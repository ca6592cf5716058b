// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapView.h"

#include "commands/AddGoalCommand.h"
#include "domain/ProficiencyScale.h"
#include "models/RoadmapModel.h"
#include "report/ReportText.h"
#include "Session.h"

#include "widgets/ResponsiveSplitter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace ladder {

RoadmapView::RoadmapView(Session *session, QWidget *parent)
    : View(session, parent)
    , m_model(new RoadmapModel(session, this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_splitter(new ResponsiveSplitter(this))
    , m_detail(new QTextBrowser(this))
    , m_makeGoal(new QPushButton(tr("&Make a goal from this step"), this))
{
    setObjectName(QStringLiteral("roadmapView"));
    m_summary->setObjectName(QStringLiteral("roadmapSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("roadmapTree"));
    m_tree->setAccessibleName(tr("Roadmap"));
    m_splitter->setObjectName(QStringLiteral("roadmapSplitter"));
    m_detail->setObjectName(QStringLiteral("roadmapDetail"));
    m_detail->setAccessibleName(tr("Selected step"));
    m_makeGoal->setObjectName(QStringLiteral("makeGoalButton"));
    m_makeGoal->setToolTip(tr("Create an open goal on this skill, with the level's example behaviours as milestones"));

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(RoadmapModel::StepColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoadmapModel::FromToColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoadmapModel::GapColumn, QHeaderView::ResizeToContents);

    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_makeGoal);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Side by side only where both halves fit without cutting columns.
    m_splitter->setSideBySideFrom(120);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_tree, m_makeGoal);
    setTabOrder(m_makeGoal, m_detail);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoadmapView::updateDetail);
    connect(m_makeGoal, &QPushButton::clicked, this, &RoadmapView::makeGoalFromSelected);
    updateDetail();
}

void RoadmapView::refresh()
{
    QString keepLevel;
    QString keepSkill;
    if (const RoadmapStep *step = m_model->stepAt(m_tree->currentIndex())) {
        keepLevel = step->levelSlug;
        keepSkill = step->skillSlug;
    }
    const QString error = m_model->reload();
    m_tree->expandAll();
    const RoadmapPlan &plan = m_model->plan();
    if (!error.isEmpty()) {
        m_summary->setText(error);
    } else if (plan.atTop()) {
        m_summary->setText(
            tr("You are at the top level, %1: there is no level above to plan for.").arg(m_session->levelName(m_session->currentLevel())));
    } else {
        const QString stepsText = plan.stepCount == 1 ? tr("1 step") : tr("%1 steps").arg(plan.stepCount);
        QString text = tr("From %1 to %2: %3, a total gap of %4.")
                           .arg(m_session->levelName(m_session->currentLevel()), plan.stages.last().levelName, stepsText)
                           .arg(plan.totalGap);
        if (plan.uncoveredCount > 0)
            text += QLatin1Char(' ')
                + (plan.uncoveredCount == 1 ? tr("1 step has no goal yet (⚠).")
                                            : tr("%1 steps have no goal yet (⚠).").arg(plan.uncoveredCount));
        else
            text += QLatin1Char(' ') + tr("Every step has a goal.");
        m_summary->setText(text);
    }
    if (keepSkill.isEmpty() || !selectStep(keepLevel, keepSkill)) {
        // The first step of the first stage: where to start.
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        if (first.isValid())
            m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateDetail();
}

bool RoadmapView::selectStep(const QString &levelSlug, const QString &skillSlug)
{
    const QModelIndex index = m_model->indexOfStep(levelSlug, skillSlug);
    if (!index.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void RoadmapView::updateDetail()
{
    const RoadmapStep *step = m_model->stepAt(m_tree->currentIndex());
    m_makeGoal->setEnabled(step != nullptr);
    if (!step) {
        m_detail->setMarkdown(tr("### Select a step\n\nIts suggested actions and the goals that cover it show here."));
        return;
    }
    const ProficiencyScale &scale = m_session->framework().scale;
    QStringList md;
    md << tr("### %1 for %2").arg(step->skillName, m_session->levelName(step->levelSlug));
    md << tr("From **%1** to **%2** (gap %3).")
              .arg(step->unrated && step->from == 0 ? tr("unrated") : ReportText::proficiency(step->from, scale),
                   ReportText::proficiency(step->to, scale))
              .arg(step->gap);
    if (!step->suggestedActions.isEmpty()) {
        md << tr("**Suggested actions**");
        QStringList items;
        for (const QString &action : step->suggestedActions)
            items << QStringLiteral("- ") + action;
        md << items.join(QLatin1Char('\n'));
    }
    if (step->uncovered) {
        md << tr("⚠ **No open goal covers this skill.** Make one from this step to plan it.");
    } else {
        QStringList goals;
        for (const CoveringGoal &g : step->coveringGoals)
            goals << tr("- %1 (%2% done)").arg(g.title).arg(int(g.progress * 100.0 + 0.5));
        md << tr("**Covered by**") << goals.join(QLatin1Char('\n'));
    }
    m_detail->setMarkdown(md.join(QStringLiteral("\n\n")));
}

qint64 RoadmapView::makeGoalFromSelected()
{
    const RoadmapStep *step = m_model->stepAt(m_tree->currentIndex());
    if (!step)
        return 0;
    const ProficiencyScale &scale = m_session->framework().scale;
    Goal goal;
    goal.title
        = tr("Reach %1 in %2 for %3").arg(ReportText::proficiency(step->to, scale), step->skillName, m_session->levelName(step->levelSlug));
    goal.note = tr("From the roadmap: raise %1 from %2 to %3.")
                    .arg(step->skillName, ReportText::proficiency(step->from, scale), ReportText::proficiency(step->to, scale));
    goal.skillSlugs = {step->skillSlug};
    goal.createdOn = m_session->today();
    for (const QString &action : step->suggestedActions) {
        Milestone m;
        m.text = action;
        goal.milestones << m;
    }
    auto *command = new AddGoalCommand(*m_session, goal);
    if (const QString error = m_session->execute(command); !error.isEmpty()) {
        emit statusMessage(error);
        return 0;
    }
    emit goalCreated(command->goalId());
    return command->goalId();
}

} // namespace ladder
