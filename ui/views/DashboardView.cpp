// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "DisplayDate.h"

#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Review.h"
#include "application/Workspace.h"
#include "commands/SetLevelCommand.h"
#include "delegates/GapBarDelegate.h"
#include "domain/Period.h"
#include "engine/GapAnalysis.h"
#include "engine/LevelLookup.h"
#include "models/SkillTreeModel.h"
#include "report/ReportText.h"
#include "Session.h"
#include "StatusColors.h"
#include "widgets/CalendarHeatmapWidget.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ladder {

namespace {

QLabel *bigNumber(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QGroupBox *card(const QString &title, const QString &objectName, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    return box;
}

} // namespace

DashboardView::DashboardView(Session *session, QWidget *parent)
    : View(session, parent)
    , m_level(new QComboBox(this))
    , m_levelName(bigNumber(this, QStringLiteral("currentLevelName")))
    , m_levelNext(new QLabel(this))
    , m_readinessTitle(new QLabel(this))
    , m_readinessPercent(bigNumber(this, QStringLiteral("readinessPercent")))
    , m_readinessBar(new QProgressBar(this))
    , m_readinessCounts(new QLabel(this))
    , m_winsCount(bigNumber(this, QStringLiteral("winsThisMonth")))
    , m_winsCompare(new QLabel(this))
    , m_calendar(new CalendarHeatmapWidget(this))
    , m_calendarSummary(new QLabel(this))
    , m_dueGoals(new QListWidget(this))
    , m_gaps(new QTreeWidget(this))
    , m_recentWins(new QListWidget(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_level->setObjectName(QStringLiteral("currentLevelCombo"));
    m_level->setAccessibleName(tr("Current level"));
    m_levelNext->setObjectName(QStringLiteral("nextLevelText"));
    m_levelNext->setWordWrap(true);
    m_readinessTitle->setObjectName(QStringLiteral("readinessTitle"));
    m_readinessTitle->setWordWrap(true);
    m_readinessBar->setObjectName(QStringLiteral("readinessBar"));
    m_readinessBar->setRange(0, 100);
    m_readinessBar->setTextVisible(false);
    m_readinessBar->setAccessibleName(tr("Readiness"));
    m_readinessCounts->setObjectName(QStringLiteral("readinessCounts"));
    m_readinessCounts->setWordWrap(true);
    m_winsCompare->setObjectName(QStringLiteral("winsCompare"));
    m_winsCompare->setWordWrap(true);
    m_calendar->setObjectName(QStringLiteral("winsCalendar"));
    m_calendar->setAccessibleName(tr("Wins per day"));
    m_calendarSummary->setObjectName(QStringLiteral("winsCalendarSummary"));
    m_calendarSummary->setWordWrap(true);
    m_dueGoals->setObjectName(QStringLiteral("dueGoals"));
    m_dueGoals->setAccessibleName(tr("Goals due soon"));
    m_gaps->setObjectName(QStringLiteral("largestGaps"));
    m_gaps->setAccessibleName(tr("Skills with the largest gap"));
    m_recentWins->setObjectName(QStringLiteral("recentWins"));
    m_recentWins->setAccessibleName(tr("Latest wins"));

    for (QListWidget *list : {m_dueGoals, m_recentWins}) {
        // Long titles wrap instead of hiding behind a horizontal scroll bar.
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setSpacing(2);
    }
    m_gaps->setColumnCount(2);
    m_gaps->setHeaderHidden(true);
    m_gaps->setRootIsDecorated(false);
    m_gaps->setUniformRowHeights(true);
    m_gaps->setItemDelegateForColumn(1, new GapBarDelegate(m_gaps));
    m_gaps->header()->setStretchLastSection(false);
    m_gaps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gaps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *levelCard = card(tr("Current level"), QStringLiteral("levelCard"), this);
    auto *levelLayout = new QVBoxLayout(levelCard);
    levelLayout->addWidget(m_levelName);
    levelLayout->addWidget(m_levelNext);
    levelLayout->addStretch(1);
    auto *changeLabel = new QLabel(tr("&Change level:"), levelCard);
    changeLabel->setBuddy(m_level);
    levelLayout->addWidget(changeLabel);
    levelLayout->addWidget(m_level);

    auto *readinessCard = card(tr("Readiness"), QStringLiteral("readinessCard"), this);
    auto *readinessLayout = new QVBoxLayout(readinessCard);
    readinessLayout->addWidget(m_readinessTitle);
    readinessLayout->addWidget(m_readinessPercent);
    readinessLayout->addWidget(m_readinessBar);
    readinessLayout->addWidget(m_readinessCounts);
    readinessLayout->addStretch(1);

    auto *winsCard = card(tr("Wins this month"), QStringLiteral("winsCard"), this);
    auto *winsLayout = new QVBoxLayout(winsCard);
    winsLayout->addWidget(m_winsCount);
    winsLayout->addWidget(m_winsCompare);
    winsLayout->addStretch(1);

    auto *calendarCard = card(tr("Wins per day"), QStringLiteral("calendarCard"), this);
    auto *calendarLayout = new QVBoxLayout(calendarCard);
    calendarLayout->addWidget(m_calendar);
    calendarLayout->addWidget(m_calendarSummary);

    auto *goalsCard = card(tr("Goals due soon"), QStringLiteral("goalsCard"), this);
    auto *goalsLayout = new QVBoxLayout(goalsCard);
    goalsLayout->addWidget(m_dueGoals);
    auto *gapsCard = card(tr("Largest gaps"), QStringLiteral("gapsCard"), this);
    auto *gapsLayout = new QVBoxLayout(gapsCard);
    gapsLayout->addWidget(m_gaps);
    auto *recentCard = card(tr("Latest wins"), QStringLiteral("recentCard"), this);
    auto *recentLayout = new QVBoxLayout(recentCard);
    recentLayout->addWidget(m_recentWins);

    // The cards scroll rather than shrinking their lists to a line or two
    // on a small screen.
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContent"));
    m_grid = new QGridLayout(content);
    m_grid->addWidget(levelCard, 0, 0);
    m_grid->addWidget(readinessCard, 0, 1);
    m_grid->addWidget(winsCard, 0, 2);
    m_grid->addWidget(calendarCard, 1, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, 1);
    m_goalsCard = goalsCard;
    m_gapsCard = gapsCard;
    m_recentCard = recentCard;
    for (QListWidget *list : {m_dueGoals, m_recentWins})
        list->setMinimumHeight(fontMetrics().height() * 8);
    m_gaps->setMinimumHeight(fontMetrics().height() * 8);
    arrangeLists(true);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_level, m_calendar);
    setTabOrder(m_calendar, m_dueGoals);
    setTabOrder(m_dueGoals, m_gaps);
    setTabOrder(m_gaps, m_recentWins);

    connect(m_level, &QComboBox::activated, this, [this] {
        const QString to = m_level->currentData().toString();
        const QString from = m_session->currentLevel();
        if (!to.isEmpty() && to != from)
            m_session->undoStack()->push(new SetLevelCommand(*m_session, from, to));
    });
    connect(m_calendar, &CalendarHeatmapWidget::dayActivated, this, &DashboardView::showWinsOnDayRequested);
    connect(m_recentWins, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            emit showWinRequested(id);
    });
    connect(m_dueGoals, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            emit showGoalRequested(id);
    });
    connect(m_gaps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString slug = item->data(0, Qt::UserRole).toString();
        if (!slug.isEmpty())
            emit showSkillRequested(slug);
    });
}

void DashboardView::refresh()
{
    if (!m_session->isOpen())
        return;
    refreshLevel();
    // One read of where the user stands feeds both the readiness and the gaps.
    const Result<ReportData> standing = m_session->workspace().review().standing();
    refreshReadiness(standing);
    refreshWins();
    refreshCalendar();
    refreshGoals();
    refreshGaps(standing);
}

Period DashboardView::period() const
{
    return Period::lastTwelveMonths(m_session->today());
}

void DashboardView::refreshLevel()
{
    const QString current = m_session->currentLevel();
    m_levelName->setText(m_session->levelName(current));
    const QString next = m_session->nextLevel();
    m_levelNext->setText(next.isEmpty()
                             ? tr("The top of %1.").arg(m_session->framework().name)
                             : tr("Next: %1, in the %2 framework.").arg(m_session->levelName(next), m_session->framework().name));
    const QSignalBlocker blocker(m_level);
    m_level->clear();
    for (const Level &level : LevelLookup::byRank(m_session->framework()))
        m_level->addItem(level.name, level.slug);
    m_level->setCurrentIndex(std::max(0, m_level->findData(current)));
}

void DashboardView::refreshReadiness(const Result<ReportData> &standing)
{
    // Counts only, as `ladder-cli readiness`: the dashboard lists no evidence,
    // so a year of wins is counted in SQL, not read.
    Result<ReadinessReport> report = standing
        ? m_session->workspace().review().readiness(*standing, m_session->defaultTarget(), period(), 0)
        : Result<ReadinessReport>(standing.error());
    if (!report) {
        m_readinessTitle->setText(report.error().message());
        m_readinessPercent->setText(tr("—"));
        m_readinessBar->setValue(0);
        m_readinessCounts->clear();
        return;
    }
    m_readinessTitle->setText(tr("For %1, over the last 12 months").arg(report->levelName));
    m_readinessPercent->setText(tr("%1%").arg(report->percent));
    m_readinessBar->setValue(report->percent);
    QStringList counts;
    counts << tr("%1 met").arg(report->metCount) << tr("%1 claimed without evidence").arg(report->claimedCount)
           << tr("%1 with a gap").arg(report->gapCount);
    if (report->unratedCount > 0)
        counts << tr("%1 unrated").arg(report->unratedCount);
    m_readinessCounts->setText(counts.join(QStringLiteral(" · ")));
}

void DashboardView::refreshWins()
{
    Journal &journal = m_session->workspace().journal();
    const QDate today = m_session->today();
    const QDate monthStart(today.year(), today.month(), 1);
    WinFilter thisMonth;
    thisMonth.from = monthStart;
    thisMonth.to = today;
    WinFilter lastMonth;
    lastMonth.from = monthStart.addMonths(-1);
    lastMonth.to = monthStart.addDays(-1);
    Result<qint64> now = journal.count(thisMonth);
    Result<qint64> before = journal.count(lastMonth);
    m_winsCount->setText(QLocale().toString(now ? *now : 0));
    m_winsCompare->setText(tr("%1 so far; %2 in %3.")
                               .arg(QLocale().monthName(today.month()))
                               .arg(before ? *before : 0)
                               .arg(QLocale().monthName(lastMonth.from.month())));

    m_recentWins->clear();
    WinFilter latest;
    latest.limit = 12;
    if (Result<QList<Win>> wins = journal.list(latest)) {
        for (const Win &win : std::as_const(*wins)) {
            auto *item = new QListWidgetItem(
                tr("%1  %2%3").arg(DisplayDate::text(win.date), win.title, win.starred ? QStringLiteral(" ★") : QString()), m_recentWins);
            item->setData(Qt::UserRole, win.id);
            item->setToolTip(win.title);
        }
    }
    if (m_recentWins->count() == 0) {
        auto *item = new QListWidgetItem(tr("No wins yet: press Ctrl+N to log one."), m_recentWins);
        item->setFlags(Qt::NoItemFlags);
    }
}

void DashboardView::refreshCalendar()
{
    const Period days = period();
    CalendarHeatmapData calendar;
    calendar.from = days.from;
    calendar.to = days.to;
    // One grouped query: a day's count, never its wins.
    Result<QMap<QDate, int>> counts = m_session->workspace().journal().winsPerDay(days.from, days.to);
    if (counts)
        calendar.counts = *counts;
    m_calendar->setData(calendar);
    m_calendarSummary->setText(
        counts ? tr("%1 wins from %2 to %3. Click a day, or pick it with the arrow keys and press Enter, "
                    "to list its wins.")
                     .arg(QLocale().toString(calendar.total()), DisplayDate::text(days.from), DisplayDate::text(days.to))
               : counts.error().message());
}

void DashboardView::refreshGoals()
{
    m_dueGoals->clear();
    const QDate today = m_session->today();
    GoalFilter open;
    open.status = GoalStatus::Open;
    Result<QList<Goal>> goals = m_session->workspace().goals().list(open);
    if (goals) {
        // Goals lists open goals by due date already: overdue come first.
        for (const Goal &goal : std::as_const(*goals)) {
            if (!goal.due.isValid() || goal.due > today.addDays(DueSoonDays))
                continue;
            const int percent = int(goal.progress() * 100.0 + 0.5);
            QString text;
            if (goal.isOverdue(today))
                text = tr("⚠ %1 — overdue since %2 (%3%)").arg(goal.title, DisplayDate::text(goal.due)).arg(percent);
            else
                text = tr("%1 — due %2 (%3%)").arg(goal.title, DisplayDate::text(goal.due)).arg(percent);
            auto *item = new QListWidgetItem(text, m_dueGoals);
            item->setData(Qt::UserRole, goal.id);
            item->setToolTip(text);
            if (goal.isOverdue(today))
                item->setForeground(StatusColors::bad(palette()));
        }
    }
    if (m_dueGoals->count() == 0) {
        auto *item = new QListWidgetItem(tr("Nothing due in the next %1 days.").arg(DueSoonDays), m_dueGoals);
        item->setFlags(Qt::NoItemFlags);
    }
    // The other open goals after them, dimmed: the whole plan at a glance.
    if (goals) {
        bool first = true;
        for (const Goal &goal : std::as_const(*goals)) {
            if (goal.due.isValid() && goal.due <= today.addDays(DueSoonDays))
                continue;
            if (first) {
                auto *later = new QListWidgetItem(tr("Later"), m_dueGoals);
                later->setFlags(Qt::NoItemFlags);
                QFont font = later->font();
                font.setBold(true);
                later->setFont(font);
                first = false;
            }
            const int percent = int(goal.progress() * 100.0 + 0.5);
            const QString text = goal.due.isValid() ? tr("%1 — due %2 (%3%)").arg(goal.title, DisplayDate::text(goal.due)).arg(percent)
                                                    : tr("%1 — no due date (%2%)").arg(goal.title).arg(percent);
            auto *item = new QListWidgetItem(text, m_dueGoals);
            item->setData(Qt::UserRole, goal.id);
            item->setToolTip(text);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
}

void DashboardView::refreshGaps(const Result<ReportData> &standing)
{
    m_gaps->clear();
    if (!standing)
        return;
    const QString target = m_session->defaultTarget();
    Result<GapReport> report = m_session->workspace().review().gap(*standing, target, m_session->today());
    if (!report)
        return;
    const QList<SkillGap> largest = GapAnalysis::largestFirst(*report);
    const QString current = m_session->currentLevel();
    for (const SkillGap &gap : largest.mid(0, 8)) {
        auto *item = new QTreeWidgetItem(m_gaps);
        item->setText(0, gap.skillName);
        item->setData(0, Qt::UserRole, gap.skillSlug);
        item->setToolTip(0,
                         tr("%1: rated %2, %3 expects %4")
                             .arg(gap.skillName, gap.unrated ? tr("never") : ReportText::proficiency(gap.givenRating, report->scale),
                                  m_session->levelName(target), ReportText::proficiency(gap.expected, report->scale)));
        // The roles GapBarDelegate reads, as in the Skills view.
        item->setData(1, SkillTreeModel::IsSkillRole, true);
        item->setData(1, SkillTreeModel::RatingRole, gap.unrated ? -1 : gap.rating);
        item->setData(1, SkillTreeModel::TargetExpectedRole, gap.expected);
        const Skill *skill = m_session->framework().skill(gap.skillSlug);
        item->setData(1, SkillTreeModel::CurrentExpectedRole, skill ? skill->expectedAt(current) : 0);
        item->setData(1, SkillTreeModel::GapRole, gap.gap);
        item->setData(1, SkillTreeModel::ScaleMaxRole, report->scale.max());
        item->setData(1, Qt::AccessibleTextRole, tr("gap %1").arg(gap.gap));
    }
    if (m_gaps->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_gaps);
        item->setText(0, tr("No gaps to %1. Well done.").arg(m_session->levelName(target)));
        item->setFlags(Qt::NoItemFlags);
    }
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    View::resizeEvent(event);
    // Three lists side by side only where the gap bars fit beside whole
    // skill names; otherwise the gaps take a row of their own.
    arrangeLists(event->size().width() >= fontMetrics().averageCharWidth() * 150);
}

void DashboardView::arrangeLists(bool sideBySide)
{
    if (m_listsSideBySide == sideBySide && m_grid->indexOf(m_gapsCard) >= 0)
        return;
    m_listsSideBySide = sideBySide;
    for (QWidget *card : {m_goalsCard, m_gapsCard, m_recentCard})
        m_grid->removeWidget(card);
    if (sideBySide) {
        m_grid->addWidget(m_goalsCard, 2, 0);
        m_grid->addWidget(m_gapsCard, 2, 1);
        m_grid->addWidget(m_recentCard, 2, 2);
        m_grid->setRowStretch(2, 1);
        m_grid->setRowStretch(3, 0);
    } else {
        m_grid->addWidget(m_gapsCard, 2, 0, 1, 3);
        m_grid->addWidget(m_goalsCard, 3, 0);
        m_grid->addWidget(m_recentCard, 3, 1, 1, 2);
        m_grid->setRowStretch(2, 1);
        m_grid->setRowStretch(3, 1);
    }
}

} // namespace ladder
