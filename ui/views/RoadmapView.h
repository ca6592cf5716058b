// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "View.h"

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace ladder {

class ResponsiveSplitter;

class RoadmapModel;

// The ordered steps from the current level to each level above it, the ones
// no goal covers flagged, the selected step's suggested actions beside it,
// and "Make a goal from this step": one click turns a step into an open goal
// on that skill, with the level's example behaviours as milestones.
class RoadmapView : public View
{
    Q_OBJECT

public:
    explicit RoadmapView(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    bool selectStep(const QString &levelSlug, const QString &skillSlug);
    // Creates the goal for the selected step; its id, or 0.
    qint64 makeGoalFromSelected();

    RoadmapModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

signals:
    void statusMessage(const QString &message);
    void goalCreated(qint64 goalId);

private:
    void updateDetail();

    RoadmapModel *m_model;
    QLabel *m_summary;
    QTreeView *m_tree;
    ResponsiveSplitter *m_splitter;
    QTextBrowser *m_detail;
    QPushButton *m_makeGoal;
};

} // namespace ladder
