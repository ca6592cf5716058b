// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Period.h"
#include "domain/Result.h"
#include "report/ReportData.h"
#include "View.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QTreeWidget;

namespace ladder {

class CalendarHeatmapWidget;

// The first page: where the user stands at a glance. The current level (and
// a way to change it), readiness for the next level over the last twelve
// months, wins this month, the wins of those twelve months day by day (a
// calendar heatmap: a click lists a day's wins), goals due in the next 30
// days (overdue first), the skills with the largest gap to the next level,
// and the latest wins.
class DashboardView : public View
{
    Q_OBJECT

public:
    static constexpr int DueSoonDays = 30;

    explicit DashboardView(Session *session, QWidget *parent = nullptr);

    void refresh() override;

signals:
    void showWinRequested(qint64 winId);
    void showGoalRequested(qint64 goalId);
    void showSkillRequested(const QString &slug);
    void showWinsOnDayRequested(const QDate &day);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Goals, gaps and latest wins in one row, or gaps above the other two.
    void arrangeLists(bool sideBySide);
    // The readiness period (the readiness report's default): the readiness
    // card and the calendar show the same days.
    Period period() const;
    void refreshLevel();
    void refreshReadiness(const Result<ReportData> &standing);
    void refreshWins();
    void refreshCalendar();
    void refreshGoals();
    void refreshGaps(const Result<ReportData> &standing);

    QComboBox *m_level;
    QLabel *m_levelName;
    QLabel *m_levelNext;
    QLabel *m_readinessTitle;
    QLabel *m_readinessPercent;
    QProgressBar *m_readinessBar;
    QLabel *m_readinessCounts;
    QLabel *m_winsCount;
    QLabel *m_winsCompare;
    CalendarHeatmapWidget *m_calendar;
    QLabel *m_calendarSummary;
    QListWidget *m_dueGoals;
    QTreeWidget *m_gaps;
    QListWidget *m_recentWins;
    QGridLayout *m_grid = nullptr;
    QWidget *m_goalsCard = nullptr;
    QWidget *m_gapsCard = nullptr;
    QWidget *m_recentCard = nullptr;
    bool m_listsSideBySide = true;
};

} // namespace ladder
