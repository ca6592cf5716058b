// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "application/Merge.h"
#include "application/Transfer.h"
#include "application/Workspace.h"
#include "commands/ImportWinsCommand.h"
#include "DatabaseWatcher.h"
#include "dialogs/HarvestDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/QuickAddDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "FileDialog.h"
#include "FirstRunPage.h"
#include "io/BoundedRead.h"
#include "MessageBox.h"
#include "Session.h"
#include "Theme.h"
#include "views/DashboardView.h"
#include "views/GoalsView.h"
#include "views/ReadinessView.h"
#include "views/RoadmapView.h"
#include "views/SkillsView.h"
#include "views/WinsView.h"
#include "widgets/SavedFileNote.h"
#include "widgets/WinFilterBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QtGlobal>
#include <QTreeView>
#include <QUndoStack>

namespace ladder {

namespace {

constexpr int MaxRecent = 8;

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

// "~/.local/share/ladder/ladder.db": shorter, and private details such as the
// user name stay out of screenshots shared in bug reports.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_watcher(new DatabaseWatcher(m_session, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardView(m_session, m_pages))
    , m_wins(new WinsView(m_session, m_pages))
    , m_skills(new SkillsView(m_session, m_pages))
    , m_goals(new GoalsView(m_session, m_pages))
    , m_roadmap(new RoadmapView(m_session, m_pages))
    , m_readiness(new ReadinessView(m_session, m_pages))
    , m_databaseLabel(new QLabel(this))
    , m_savedNote(new SavedFileNote(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ladder"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));

    const QList<QPair<QString, View *>> pages = {
        {tr("Dashboard"), m_dashboard}, {tr("Wins"), m_wins},       {tr("Skills"), m_skills},
        {tr("Goals"), m_goals},         {tr("Roadmap"), m_roadmap}, {tr("Readiness"), m_readiness},
    };
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    const QFontMetrics navigationMetrics(navigationFont);
    int widest = 0;
    for (int i = 0; i < pages.size(); ++i) {
        auto *item = new QListWidgetItem(pages.at(i).first, m_navigation);
        item->setSizeHint(QSize(0, navigationMetrics.height() * 2));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pages.at(i).first).arg(i + 1));
        widest = std::max(widest, navigationMetrics.horizontalAdvance(pages.at(i).first));
        m_pages->addWidget(pages.at(i).second);
    }
    m_navigation->setFixedWidth(widest + navigationMetrics.height() * 3);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(0);
    // Text starts a little in from the edge; colors stay the palette's.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding-left: %1px; }").arg(navigationMetrics.height() * 3 / 4));
    updateNavigationPalette();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_main = central;
    m_firstRun = new FirstRunPage(m_session, this);
    m_outer = new QStackedWidget(this);
    m_outer->setObjectName(QStringLiteral("outerPages"));
    m_outer->addWidget(m_main);
    m_outer->addWidget(m_firstRun);
    setCentralWidget(m_outer);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addWidget(m_savedNote, 1);
    // A newer message replaces the note on a saved file.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (!message.isEmpty())
            m_savedNote->hide();
    });

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(DashboardPage);

    createActions();
    createMenus();
    createTray();

    connect(m_session, &Session::errorOccurred, this, &MainWindow::showError, Qt::QueuedConnection);
    // Every write, undo and redo says what it did; the next one replaces it.
    connect(m_session, &Session::done, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_session, &Session::opened, this, &MainWindow::updateTitle);
    connect(m_session, &Session::opened, this, &MainWindow::updateFirstRun);
    connect(m_firstRun, &FirstRunPage::finished, this, &MainWindow::hideFirstRun);
    connect(m_goals, &GoalsView::pageWanted, this, [this] { showPage(GoalsPage); });
    connect(m_wins, &WinsView::quickAddRequested, this, &MainWindow::quickAdd);
    auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 6000); };
    connect(m_wins, &WinsView::statusMessage, this, showMessage);
    connect(m_skills, &SkillsView::statusMessage, this, showMessage);
    connect(m_goals, &GoalsView::statusMessage, this, showMessage);
    connect(m_roadmap, &RoadmapView::statusMessage, this, showMessage);
    connect(m_readiness, &ReadinessView::statusMessage, this, showMessage);
    connect(m_readiness, &ReadinessView::fileSaved, this,
            [this](const QString &path) { showSavedFile(tr("Saved the report to %1").arg(displayPath(path)), path); });
    connect(m_dashboard, &DashboardView::showWinRequested, this, &MainWindow::showWin);
    connect(m_dashboard, &DashboardView::showGoalRequested, this, &MainWindow::showGoal);
    connect(m_dashboard, &DashboardView::showSkillRequested, this, &MainWindow::showSkill);
    connect(m_dashboard, &DashboardView::showWinsOnDayRequested, this, &MainWindow::showWinsOnDay);
    connect(m_goals, &GoalsView::showWinRequested, this, &MainWindow::showWin);
    connect(m_roadmap, &RoadmapView::goalCreated, this, [this](qint64) { m_goals->markStale(); });

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quickAddAction = new QAction(tr("&Log a win…"), this);
    m_quickAddAction->setObjectName(QStringLiteral("quickAddAction"));
    m_quickAddAction->setShortcut(QKeySequence::New);
    m_quickAddAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_quickAddAction, &QAction::triggered, this, &MainWindow::quickAdd);

    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Both common bindings on every platform, whatever its own scheme says.
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redo.contains(extra))
            redo << extra;
    }
    m_redoAction->setShortcuts(redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_quickAddAction);
    file->addSeparator();
    QAction *newDb = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("newDatabaseAction"));
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction *backup = file->addAction(tr("&Back up…"), this, &MainWindow::backupDatabase);
    backup->setObjectName(QStringLiteral("backupAction"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *harvest = file->addAction(tr("&Harvest from git…"), this, &MainWindow::harvestFromGit);
    harvest->setObjectName(QStringLiteral("harvestAction"));
    QAction *merge = file->addAction(tr("&Merge another database…"), this, &MainWindow::mergeDatabase);
    merge->setObjectName(QStringLiteral("mergeDatabaseAction"));
    QAction *setUp = file->addAction(tr("&Set up…"), this, &MainWindow::showFirstRun);
    setUp->setObjectName(QStringLiteral("setUpAction"));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct
    {
        WinFormat format;
        QString text;
        QString objectName;
    } exports[] = {
        {WinFormat::Markdown, tr("Wins as a &Markdown brag document…"), QStringLiteral("exportMarkdownAction")},
        {WinFormat::Csv, tr("Wins as &CSV…"), QStringLiteral("exportCsvAction")},
        {WinFormat::Jrnl, tr("Wins as &jrnl JSON…"), QStringLiteral("exportJrnlAction")},
        {WinFormat::JrnlText, tr("Wins as a jrnl journal &file…"), QStringLiteral("exportJrnlTextAction")},
        {WinFormat::Ladder, tr("&Everything as a Ladder export…"), QStringLiteral("exportLadderAction")},
    };
    for (const auto &entry : exports) {
        const WinFormat format = entry.format;
        exportMenu->addAction(entry.text, this, [this, format] { exportWins(format); })->setObjectName(entry.objectName);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q where the platform names no Quit key (it has none on Windows).
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                                                               : QKeySequence::keyBindings(QKeySequence::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find wins…"), this, [this] {
        showPage(WinsPage);
        m_wins->filterBar()->searchBox()->setFocus();
        m_wins->filterBar()->searchBox()->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *goToDate = edit->addAction(tr("&Go to date…"), this, [this] {
        showPage(WinsPage);
        m_wins->askGoToDate();
    });
    goToDate->setObjectName(QStringLiteral("goToDateAction"));
    goToDate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = view->addAction(m_navigation->item(page)->text(), this, [this, page] { showPage(Page(page)); });
        action->setObjectName(QStringLiteral("showPage%1").arg(page + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    createThemeMenu(view);
    createWinMenu();
    createGoalMenu();
    createHelpMenu();
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    // The panel's own kind of icon (the symbolic one, one colour) where the
    // theme has it, named after the application id the desktop file carries.
    const QIcon fallback = windowIcon().isNull() ? style()->standardIcon(QStyle::SP_FileDialogDetailedView) : windowIcon();
    const QString symbolic = QGuiApplication::desktopFileName() + QStringLiteral("-symbolic");
    m_tray = new QSystemTrayIcon(QGuiApplication::desktopFileName().isEmpty() ? fallback : QIcon::fromTheme(symbolic, fallback), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Ladder"));
    auto *menu = new QMenu(this);
    menu->addAction(m_quickAddAction);
    menu->addAction(tr("&Show Ladder"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            quickAdd();
    });
    m_tray->show();
}

QString MainWindow::startupDatabase()
{
    // $LADDER_DB is an explicit choice (shared with ladder-cli): it wins over
    // the file used last.
    const QString fromEnv = qEnvironmentVariable("LADDER_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QSettings settings;
    const QString last = settings.value(settingsKey("database/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return Workspace::defaultPath();
}

bool MainWindow::openDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto opened = m_session->open(absolute); !opened) {
        showError(opened.error().message());
        return false;
    }
    rememberDatabase(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(displayPath(absolute)), 4000);
    return true;
}

QStringList MainWindow::recentDatabases() const
{
    return QSettings().value(settingsKey("database/recent")).toStringList();
}

void MainWindow::rememberDatabase(const QString &path)
{
    QSettings settings;
    settings.setValue(settingsKey("database/last"), path);
    QStringList recent = settings.value(settingsKey("database/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(settingsKey("database/recent"), recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(displayPath(path), this, [this, path] { openDatabase(path); });
        action->setEnabled(path != m_session->path());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    setWindowTitle(path.isEmpty() ? tr("Ladder") : tr("%1 — Ladder").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setText(displayPath(path));
    m_databaseLabel->setToolTip(path);
    updateRecentMenu();
}

void MainWindow::newDatabase()
{
    const QString path
        = FileDialog::getSaveFileName(this, tr("New Ladder database"), QString(), tr("Ladder databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"), tr("%1 exists already. Open it with File ▸ Open, or choose a new name.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open a Ladder database"), QFileInfo(m_session->path()).absolutePath(),
                                                     tr("Ladder databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backupDatabase()
{
    if (!m_session->isOpen())
        return;
    const QFileInfo current(m_session->path());
    const QString suggested = current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + QStringLiteral("-")
        + m_session->today().toString(Qt::ISODate) + QStringLiteral(".db");
    const QString path
        = FileDialog::getSaveFileName(this, tr("Back up the database"), suggested, tr("Ladder databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto copied = m_session->workspace().transfer().backupTo(path, true); !copied) {
        showError(copied.error().message());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(displayPath(path)), 6000);
}

void MainWindow::importFile()
{
    if (!m_session->isOpen())
        return;
    const QString path
        = FileDialog::getOpenFileName(this, tr("Import a file"), QFileInfo(m_session->path()).absolutePath(),
                                      tr("Journals and brag documents (*.json *.txt *.csv *.tsv *.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> contents = BoundedRead::textFile(path, BoundedRead::ExportLimit, tr("an imported file"));
    if (!contents) {
        showError(contents.error().message());
        return;
    }
    // Window-modal and returning at once, like quick-add: the window stays
    // live behind it, and tests drive it as the user does.
    auto *dialog = new ImportDialog(m_session, std::move(*contents), QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runImport(dialog->plan()); });
    dialog->open();
}

void MainWindow::runImport(const ImportPlan &plan)
{
    if (plan.format == WinFormat::Ladder) {
        // A whole database merged by UUID: not one undoable step, as
        // opening another database is not.
        Result<ImportSummary> summary = m_session->workspace().transfer().commitImport(plan, false);
        if (!summary) {
            showError(summary.error().message());
            return;
        }
        m_session->notifyChanged();
        statusBar()->showMessage(summary->describe(false), 8000);
        return;
    }
    // The command says what it imported (WriteCommand::doneMessage).
    if (const QString error = m_session->execute(new ImportWinsCommand(*m_session, plan)); !error.isEmpty())
        showError(error);
}

void MainWindow::exportWins(WinFormat format)
{
    if (!m_session->isOpen())
        return;
    const QFileInfo current(m_session->path());
    const QString extension = WinFormats::extension(format);
    const QString stem = format == WinFormat::Ladder                 ? current.completeBaseName()
        : format == WinFormat::Jrnl || format == WinFormat::JrnlText ? QStringLiteral("wins-jrnl")
                                                                     : QStringLiteral("wins");
    const QString suggested = current.absolutePath() + QLatin1Char('/') + stem + QLatin1Char('.') + extension;
    const QString path = FileDialog::getSaveFileName(this, tr("Export"), suggested, tr("*.%1 files (*.%1);;All files (*)").arg(extension));
    if (path.isEmpty())
        return;
    if (Result<void> written = m_session->workspace().transfer().exportWinsToFile(format, path); !written) {
        showError(written.error().message());
        return;
    }
    showSavedFile(tr("Exported to %1").arg(displayPath(path)), path);
}

HarvestDialog *MainWindow::harvestFromGit()
{
    if (!m_session->isOpen())
        return nullptr;
    if (raiseIfOpen(m_harvest))
        return m_harvest;
    m_harvest = new HarvestDialog(m_session, this);
    m_harvest->setAttribute(Qt::WA_DeleteOnClose);
    m_harvest->open();
    return m_harvest;
}

void MainWindow::mergeDatabase()
{
    if (!m_session->isOpen())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Merge another database"), QFileInfo(m_session->path()).absolutePath(),
                                                     tr("Ladder databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // What would change is shown first: the dry run's counts are exact.
    Merge &merge = m_session->workspace().merge();
    Result<MergeReport> preview = merge.mergeFrom(path, true);
    if (!preview) {
        showError(preview.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Merge another database"), tr("%1\n\nMerge now?").arg(preview->describe()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    Result<MergeReport> merged = merge.mergeFrom(path, false);
    if (!merged) {
        showError(merged.error().message());
        return;
    }
    m_session->notifyChanged();
    statusBar()->showMessage(merged->describe(), 10000);
}

void MainWindow::showSavedFile(const QString &message, const QString &path)
{
    statusBar()->clearMessage();
    m_savedNote->showFile(message, path);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QuickAddDialog *MainWindow::quickAddDialog() const
{
    return m_quickAdd.data();
}

bool MainWindow::raiseIfOpen(QDialog *dialog)
{
    if (!dialog)
        return false;
    dialog->raise();
    dialog->activateWindow();
    return true;
}

QuickAddDialog *MainWindow::quickAdd()
{
    if (!m_session->isOpen())
        return nullptr;
    if (raiseIfOpen(m_quickAdd))
        return m_quickAdd;
    m_quickAdd = new QuickAddDialog(m_session, this);
    m_quickAdd->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_quickAdd, &QDialog::accepted, this, [this, dialog = m_quickAdd.data()] {
        const qint64 id = dialog->savedWinId();
        if (currentPage() == WinsPage)
            m_wins->selectWin(id);
    });
    m_quickAdd->open();
    return m_quickAdd;
}

void MainWindow::showWin(qint64 winId)
{
    showPage(WinsPage);
    if (!m_wins->selectWin(winId)) {
        // The filter hides it: show everything, then select.
        m_wins->filterBar()->clearFilters();
        m_wins->selectWin(winId);
    }
    m_wins->table()->setFocus();
}

void MainWindow::showWinsOnDay(const QDate &day)
{
    showPage(WinsPage);
    m_wins->showDay(day);
    m_wins->table()->setFocus();
}

void MainWindow::showGoal(qint64 goalId)
{
    showPage(GoalsPage);
    m_goals->selectGoal(goalId);
    m_goals->table()->setFocus();
}

void MainWindow::showSkill(const QString &slug)
{
    showPage(SkillsPage);
    m_skills->selectSkill(slug);
    m_skills->tree()->setFocus();
}

void MainWindow::showError(const QString &message)
{
    MessageBox::warning(this, tr("Ladder"), message);
}

void MainWindow::about()
{
    const QString path = m_session->isOpen() ? m_session->path() : tr("none open");
    MessageBox::about(this, tr("About Ladder"),
                      tr("<h3>Ladder %1</h3>"
                         "<p>A local-first career-growth planner: a career framework, "
                         "self-assessments, goals and a wins journal in one private file.</p>"
                         "<p>Licence: GNU General Public License, version 3 or later.<br>"
                         "Built with Qt %2, running on Qt %3.</p>"
                         "<p>Database: %4</p>")
                          .arg(QApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
                               QString::fromLatin1(qVersion()), path.toHtmlEscaped()));
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *aboutLadder = help->addAction(tr("&About Ladder"), this, &MainWindow::about);
    aboutLadder->setObjectName(QStringLiteral("aboutAction"));
    aboutLadder->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QDialog *MainWindow::showUserGuide()
{
    if (raiseIfOpen(m_userGuide))
        return m_userGuide;
    m_userGuide = new UserGuideDialog(this);
    m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    m_userGuide->show();
    return m_userGuide;
}

QDialog *MainWindow::showShortcuts()
{
    if (raiseIfOpen(m_shortcuts))
        return m_shortcuts;
    m_shortcuts = new ShortcutsDialog(menuBar(), this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->show();
    return m_shortcuts;
}

void MainWindow::createThemeMenu(QMenu *view)
{
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    const Theme::Choice stored = Theme::stored();
    for (Theme::Choice choice : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *action = theme->addAction(Theme::menuText(choice), this, [this, choice] { setTheme(choice); });
        action->setObjectName(QStringLiteral("theme-") + Theme::key(choice));
        action->setCheckable(true);
        action->setChecked(choice == stored);
        m_themeGroup->addAction(action);
    }
}

void MainWindow::setTheme(int choice)
{
    Theme::store(Theme::Choice(choice));
    Theme::apply(Theme::Choice(choice));
    // Views that colored a label or an item when they filled it (overdue,
    // errors) do it again in the new palette.
    if (m_session->isOpen())
        m_session->notifyChanged();
}

void MainWindow::createWinMenu()
{
    QMenu *win = menuBar()->addMenu(tr("&Journal"));
    win->setObjectName(QStringLiteral("winMenu"));
    const QList<QAction *> actions = m_wins->menuActions();
    for (QAction *action : actions)
        win->addAction(action);
    // They act on the selection of the Wins page: only while it is in sight.
    auto follow = [this, win] { win->setEnabled(currentPage() == WinsPage); };
    connect(m_pages, &QStackedWidget::currentChanged, win, follow);
    follow();
}

void MainWindow::createGoalMenu()
{
    QMenu *goal = menuBar()->addMenu(tr("&Goal"));
    goal->setObjectName(QStringLiteral("goalMenu"));
    const QList<QAction *> actions = m_goals->menuActions();
    for (QAction *action : actions) {
        // The milestone pair stands apart from the goal's own.
        if (action->objectName() == QLatin1String("addMilestoneAction"))
            goal->addSeparator();
        goal->addAction(action);
    }
}

bool MainWindow::isFirstRunShowing() const
{
    return m_outer->currentWidget() == m_firstRun;
}

void MainWindow::showFirstRun()
{
    if (!m_session->isOpen())
        return;
    m_firstRun->reload();
    m_outer->setCurrentWidget(m_firstRun);
    m_firstRun->frameworkBox()->setFocus();
}

void MainWindow::hideFirstRun()
{
    m_outer->setCurrentWidget(m_main);
    showPage(DashboardPage);
}

void MainWindow::updateFirstRun()
{
    if (FirstRunPage::isNeeded(*m_session))
        showFirstRun();
    else if (isFirstRunShowing())
        m_outer->setCurrentWidget(m_main);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(settingsKey("window/state")).toByteArray());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QByteArray state = settings.value(QStringLiteral("window/splitters/") + splitter->objectName()).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    const int page = settings.value(settingsKey("window/page"), int(DashboardPage)).toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : DashboardPage);
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("window/geometry"), saveGeometry());
    settings.setValue(settingsKey("window/state"), saveState());
    settings.setValue(settingsKey("window/page"), int(currentPage()));
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters)
        settings.setValue(QStringLiteral("window/splitters/") + splitter->objectName(), splitter->saveState());
}

void MainWindow::updateNavigationPalette()
{
    // The sidebar a shade off the window color, set apart from the page
    // without a frame; recomputed when the palette (light or dark) changes.
    QPalette navigationPalette = palette();
    const QColor window = palette().color(QPalette::Window);
    navigationPalette.setColor(QPalette::Base, window.lightness() < 128 ? window.lighter(118) : window.darker(106));
    m_navigation->setPalette(navigationPalette);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNavigationPalette();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ladder
