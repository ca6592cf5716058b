// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProficiencyScale.h"
#include "View.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace ladder {

class FlowLayout;
class ResponsiveSplitter;

class DateField;

class RadarChartWidget;
class SkillHistoryChart;
class SkillTreeModel;

// Skills by category with the current rating, what the current and a target
// level expect, and the gap as a bar. Rating takes two clicks: pick a skill,
// click its new rating (date and note beside the buttons); "Rate…" (Ctrl+R,
// or Enter on a skill) opens the full dialog. Beside the tree: the selected
// skill's history as a small chart, and the radar of ratings against the
// target level.
class SkillsView : public View
{
    Q_OBJECT

public:
    explicit SkillsView(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    bool selectSkill(const QString &slug);
    QString selectedSkill() const;
    // Records a rating of the selected skill with the date and note beside the buttons.
    void rateSelected(int rating);
    // Opens RateSkillDialog for the selected skill.
    void openRateDialog();

    SkillTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    RadarChartWidget *radar() const { return m_radar; }

signals:
    void statusMessage(const QString &message);

protected:
    void resetForNewFile() override;

private:
    void fillLevels();
    void fillQuickRate();
    void updateDetail();
    void updateRadar();

    SkillTreeModel *m_model;
    QComboBox *m_target;
    QPushButton *m_rateButton;
    QTreeView *m_tree;
    ResponsiveSplitter *m_splitter;
    QTabWidget *m_tabs;
    QLabel *m_name;
    QLabel *m_description;
    QLabel *m_expectations;
    QLabel *m_lastRating;
    QButtonGroup *m_quickRate;
    QGroupBox *m_rateBox = nullptr;
    FlowLayout *m_rateButtons;
    ProficiencyScale m_quickRateScale; // the scale m_quickRate's buttons were made for
    DateField *m_rateDate;
    QLineEdit *m_rateNote;
    SkillHistoryChart *m_history;
    RadarChartWidget *m_radar;
    bool m_rateDateSet = false;
};

} // namespace ladder
