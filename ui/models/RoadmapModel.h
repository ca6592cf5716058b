// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/RoadmapPlan.h"

#include <QAbstractItemModel>

namespace ladder {

class Session;

// The roadmap (engine/Roadmap) as a tree: one row per level above the
// current one, and under it the ordered steps to reach it. Steps that no open
// goal covers are flagged "uncovered" in text and color.
class RoadmapModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, FromToColumn, GapColumn, PlanColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, SkillRole, UncoveredRole, IsStepRole };

    explicit RoadmapModel(Session *session, QObject *parent = nullptr);

    // Recomputes the plan from the current level up; an error (an unknown
    // level) leaves an empty plan and is returned as the message.
    QString reload();
    const RoadmapPlan &plan() const { return m_plan; }
    const RoadmapStep *stepAt(const QModelIndex &index) const;
    QModelIndex indexOfStep(const QString &levelSlug, const QString &skillSlug) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant stageData(const RoadmapStage &stage, int column, int role) const;
    QVariant stepData(const RoadmapStep &step, int column, int role) const;

    Session *m_session;
    RoadmapPlan m_plan;
};

} // namespace ladder
