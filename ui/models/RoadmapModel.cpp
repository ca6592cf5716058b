// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapModel.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "report/ReportText.h"
#include "Session.h"
#include "StatusColors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace ladder {

namespace {

constexpr quintptr StageId = 0;

} // namespace

RoadmapModel::RoadmapModel(Session *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
}

QString RoadmapModel::reload()
{
    RoadmapPlan plan;
    QString error;
    if (m_session->isOpen()) {
        // Roadmap steps from the current level stored in the file, as
        // `ladder-cli roadmap` computes them.
        Review &review = m_session->workspace().review();
        Result<ReportData> standing = review.standing();
        Result<RoadmapPlan> computed
            = standing ? review.roadmap(*standing, QString(), m_session->today()) : Result<RoadmapPlan>(standing.error());
        if (computed)
            plan = *computed;
        else
            error = computed.error().message();
    }
    beginResetModel();
    m_plan = plan;
    endResetModel();
    return error;
}

const RoadmapStep *RoadmapModel::stepAt(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.internalId() == StageId)
        return nullptr;
    const int stage = int(idx.internalId() - 1);
    if (stage >= m_plan.stages.size() || idx.row() >= m_plan.stages.at(stage).steps.size())
        return nullptr;
    return &m_plan.stages.at(stage).steps.at(idx.row());
}

QModelIndex RoadmapModel::indexOfStep(const QString &levelSlug, const QString &skillSlug) const
{
    for (int s = 0; s < m_plan.stages.size(); ++s) {
        const RoadmapStage &stage = m_plan.stages.at(s);
        if (stage.levelSlug != levelSlug)
            continue;
        for (int k = 0; k < stage.steps.size(); ++k) {
            if (stage.steps.at(k).skillSlug == skillSlug)
                return index(k, 0, index(s, 0));
        }
    }
    return {};
}

QModelIndex RoadmapModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_plan.stages.size() ? createIndex(row, column, StageId) : QModelIndex();
    if (parent.internalId() != StageId || parent.row() >= m_plan.stages.size())
        return {};
    if (row >= m_plan.stages.at(parent.row()).steps.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RoadmapModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StageId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StageId);
}

int RoadmapModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.stages.size());
    if (parent.column() != 0 || parent.internalId() != StageId || parent.row() >= m_plan.stages.size())
        return 0;
    return int(m_plan.stages.at(parent.row()).steps.size());
}

int RoadmapModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoadmapModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid())
        return {};
    if (idx.internalId() == StageId)
        return idx.row() < m_plan.stages.size() ? stageData(m_plan.stages.at(idx.row()), idx.column(), role) : QVariant();
    const RoadmapStep *step = stepAt(idx);
    return step ? stepData(*step, idx.column(), role) : QVariant();
}

QVariant RoadmapModel::stageData(const RoadmapStage &stage, int column, int role) const
{
    switch (role) {
    case LevelRole: return stage.levelSlug;
    case IsStepRole: return false;
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (column == PlanColumn && stage.uncoveredCount > 0)
            return StatusColors::bad(QApplication::palette());
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case StepColumn: return tr("To %1").arg(stage.levelName);
        case FromToColumn: return stage.steps.size() == 1 ? tr("1 step") : tr("%1 steps").arg(stage.steps.size());
        case GapColumn: return stage.totalGap;
        case PlanColumn:
            if (stage.steps.isEmpty())
                return tr("nothing to do: every expectation is met");
            if (stage.uncoveredCount == 0)
                return tr("every step has a goal");
            return stage.uncoveredCount == 1 ? tr("1 step without a goal") : tr("%1 steps without a goal").arg(stage.uncoveredCount);
        default: return {};
        }
    default: return {};
    }
}

QVariant RoadmapModel::stepData(const RoadmapStep &step, int column, int role) const
{
    switch (role) {
    case LevelRole: return step.levelSlug;
    case SkillRole: return step.skillSlug;
    case UncoveredRole: return step.uncovered;
    case IsStepRole: return true;
    case Qt::ForegroundRole:
        if (column == PlanColumn && step.uncovered)
            return StatusColors::bad(QApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (!step.suggestedActions.isEmpty())
            return step.suggestedActions.join(QLatin1Char('\n'));
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case StepColumn: return step.skillName;
        case FromToColumn:
            return tr("%1 → %2").arg(step.unrated && step.from == 0 ? tr("unrated") : ReportText::proficiency(step.from, m_plan.scale),
                                     ReportText::proficiency(step.to, m_plan.scale));
        case GapColumn: return step.gap;
        case PlanColumn: {
            if (step.uncovered)
                return tr("⚠ uncovered: no open goal");
            QStringList titles;
            for (const CoveringGoal &g : step.coveringGoals)
                titles << tr("%1 (%2%)").arg(g.title).arg(int(g.progress * 100.0 + 0.5));
            return titles.join(QStringLiteral("; "));
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column == GapColumn)
            return int(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case FromToColumn: return tr("From → to");
    case GapColumn: return tr("Gap");
    case PlanColumn: return tr("Plan");
    default: return {};
    }
}

} // namespace ladder
