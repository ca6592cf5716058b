// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "View.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace ladder {

class ResponsiveSplitter;

class GoalListModel;
struct Goal;

// Goals with status, due date (overdue in words and color) and progress;
// beside the list the selected goal: milestones to tick, a line to add one,
// its skills, and the wins behind it. New, edit, done, drop, reopen and
// delete are all undoable.
class GoalsView : public View
{
    Q_OBJECT

public:
    explicit GoalsView(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    bool selectGoal(qint64 id);
    qint64 selectedGoalId() const;

    GoalListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *milestones() const { return m_milestones; }
    QListWidget *wins() const { return m_wins; }

    void newGoal();
    void editSelected();
    void deleteSelected();

    // The Goal menu: new, edit, done, drop, reopen, delete, add a milestone,
    // tick the current one; each with its shortcut, enabled as the buttons
    // are while this page shows (New goal… from any page brings it up).
    QList<QAction *> menuActions() const { return m_menuActions; }

signals:
    // A Goal menu action was triggered: the window shows this page.
    void pageWanted();
    void statusMessage(const QString &message);
    // A win behind the goal was activated: the window shows it in the Wins view.
    void showWinRequested(qint64 winId);

protected:
    void resetForNewFile() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    const Goal *selectedGoal() const;
    void updateDetail();
    void milestoneChanged(QListWidgetItem *item);
    void addMilestone();
    void setStatus(int status);
    void createMenuActions();
    void toggleCurrentMilestone();
    void updateMenuActions();

    GoalListModel *m_model;
    QList<QAction *> m_menuActions;
    QAction *m_editAction = nullptr;
    QAction *m_doneAction = nullptr;
    QAction *m_dropAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addMilestoneAction = nullptr;
    QAction *m_toggleMilestoneAction = nullptr;
    QComboBox *m_filter;
    QTableView *m_table;
    ResponsiveSplitter *m_splitter;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_doneButton;
    QPushButton *m_dropButton;
    QPushButton *m_reopenButton;
    QPushButton *m_deleteButton;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_note;
    QListWidget *m_milestones;
    QLineEdit *m_newMilestone;
    QPushButton *m_addMilestone;
    QLabel *m_skills;
    QListWidget *m_wins;
};

} // namespace ladder
