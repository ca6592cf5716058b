// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/WinFormat.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;

namespace ladder {

class DashboardView;
class DatabaseWatcher;
class FirstRunPage;
class GoalsView;
class HarvestDialog;
struct ImportPlan;
class QuickAddDialog;
class ReadinessView;
class SavedFileNote;
class RoadmapView;
class Session;
class SkillsView;
class View;
class WinsView;

// The window: a sidebar of pages (Dashboard, Wins, Skills, Goals, Roadmap,
// Readiness), the File menu (new, open, open recent, back up, import,
// export, set up), Edit (undo, redo for every change), View (Ctrl+1-6, the
// theme), Goal, Help (user guide, shortcuts, about), quick-add on Ctrl+N and
// from the tray; the first-run page for a new journal. Window state, splitters, the page and the databases used are
// remembered with QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardPage, WinsPage, SkillsPage, GoalsPage, RoadmapPage, ReadinessPage, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database; on failure says why and keeps the
    // current one. Remembered as the last and a recent database.
    bool openDatabase(const QString &path);
    // The database to open at start: $LADDER_DB, else the last one used,
    // else the default location.
    static QString startupDatabase();

    Session *session() const { return m_session; }
    DatabaseWatcher *watcher() const { return m_watcher; }

    void showPage(Page page);
    Page currentPage() const;
    DashboardView *dashboardView() const { return m_dashboard; }
    WinsView *winsView() const { return m_wins; }
    SkillsView *skillsView() const { return m_skills; }
    GoalsView *goalsView() const { return m_goals; }
    RoadmapView *roadmapView() const { return m_roadmap; }
    ReadinessView *readinessView() const { return m_readiness; }

    // Opens the quick-add dialog (window-modal, returns at once); the open
    // one when it is already showing.
    QuickAddDialog *quickAdd();
    QuickAddDialog *quickAddDialog() const;
    // File ▸ Harvest from git…: the checklist of candidate wins
    // (window-modal, returns at once); the open one when it is showing.
    HarvestDialog *harvestFromGit();

    QStringList recentDatabases() const;

    // The first-run page (which framework, your level, the level you aim
    // for), shown instead of the pages for a new journal and from File ▸
    // Set up….
    FirstRunPage *firstRunPage() const { return m_firstRun; }
    bool isFirstRunShowing() const;
    void showFirstRun();

    // Help ▸ User guide and Help ▸ Keyboard shortcuts (modeless, returns at
    // once); the open one when it is showing.
    QDialog *showUserGuide();
    QDialog *showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createTray();
    void updateNavigationPalette();
    void restoreSettings();
    void saveSettings() const;
    void rememberDatabase(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void newDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    // File ▸ Import…: a preview (ImportDialog), then one undoable import.
    void importFile();
    void runImport(const ImportPlan &plan);
    // File ▸ Export: the wins in another journal's format, or everything.
    void exportWins(WinFormat format);
    // Says in the status bar where a file went, with links to open it.
    void showSavedFile(const QString &message, const QString &path);
    void mergeDatabase();
    void showWin(qint64 winId);
    void showWinsOnDay(const QDate &day);
    void showGoal(qint64 goalId);
    void showSkill(const QString &slug);
    void showError(const QString &message);
    // Brings a dialog that is already showing to the front; false when none is.
    static bool raiseIfOpen(QDialog *dialog);
    void about();
    // Help: the user guide, the shortcut overview, About Ladder, About Qt.
    void createHelpMenu();
    // View ▸ Theme: light, dark, or the desktop's palette.
    void createThemeMenu(QMenu *view);
    void setTheme(int choice);
    // The Goal menu: GoalsView's actions.
    void createWinMenu();
    void createGoalMenu();
    // After a database is opened: the first-run page when it is a new journal.
    void updateFirstRun();
    void hideFirstRun();

    Session *m_session;
    DatabaseWatcher *m_watcher;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    // The pages with their sidebar, or the first-run page in their place.
    QStackedWidget *m_outer = nullptr;
    QWidget *m_main = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QPointer<QDialog> m_userGuide;
    QPointer<QDialog> m_shortcuts;
    DashboardView *m_dashboard;
    WinsView *m_wins;
    SkillsView *m_skills;
    GoalsView *m_goals;
    RoadmapView *m_roadmap;
    ReadinessView *m_readiness;
    QLabel *m_databaseLabel;
    SavedFileNote *m_savedNote;
    QMenu *m_recentMenu = nullptr;
    QAction *m_quickAddAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    // Cleared by QPointer when the dialog goes (closed, or deleted with the
    // window): a slot on destroyed() would run on a window already half
    // destroyed (UBSan found it).
    QPointer<QuickAddDialog> m_quickAdd;
    QPointer<HarvestDialog> m_harvest;
};

} // namespace ladder
