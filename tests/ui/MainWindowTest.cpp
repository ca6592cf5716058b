// SPDX-License-Identifier: GPL-3.0-or-later
// The window itself: pages and their shortcuts, File ▸ New / Open / Open
// recent / Back up, what QSettings remembers, keyboard use and names.

#include "UiTestSupport.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "Session.h"
#include "views/WinsView.h"
#include "widgets/WinFilterBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace ladder {
namespace {

using MainWindowTest = UiTest;

QAction *action(MainWindow &window, const QString &name)
{
    QAction *found = window.findChild<QAction *>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

TEST_F(MainWindowTest, EveryPageHasItsShortcutAndTheSidebarFollows)
{
    auto *navigation = find<QListWidget>(QStringLiteral("navigation"));
    ASSERT_EQ(navigation->count(), MainWindow::PageCount);
    const QList<Qt::Key> keys = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6};
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        shortcut(keys.at(page));
        EXPECT_EQ(window().currentPage(), MainWindow::Page(page));
        EXPECT_EQ(navigation->currentRow(), page);
    }
    // The sidebar with the keyboard.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(window().currentPage(), MainWindow::WinsPage);
    // Ctrl+F: the wins search box.
    shortcut(Qt::Key_F);
    EXPECT_EQ(window().currentPage(), MainWindow::WinsPage);
    EXPECT_EQ(QApplication::focusWidget(), window().winsView()->filterBar()->searchBox());
}

TEST_F(MainWindowTest, WindowPageSplittersAndDatabaseAreRememberedForTheNextStart)
{
    window().showPage(MainWindow::GoalsPage);
    window().resize(1100, 700);
    auto *splitter = find<QSplitter>(QStringLiteral("winsSplitter"));
    splitter->setSizes({300, 200});
    const QList<int> sizes = splitter->sizes();
    window().close();
    m_window.reset();

    EXPECT_EQ(QFileInfo(MainWindow::startupDatabase()).absoluteFilePath(), QFileInfo(dbPath()).absoluteFilePath());
    MainWindow again;
    EXPECT_EQ(again.currentPage(), MainWindow::GoalsPage);
    EXPECT_EQ(again.size(), QSize(1100, 700));
    EXPECT_EQ(again.findChild<QSplitter *>(QStringLiteral("winsSplitter"))->sizes(), sizes);
}

TEST_F(MainWindowTest, NewOpenRecentAndBackup)
{
    const QString first = QFileInfo(dbPath()).absoluteFilePath();
    addWin(QStringLiteral("In the first file"), today());
    window().session()->undoStack()->push(new QUndoCommand(QStringLiteral("placeholder")));

    // File ▸ New: a fresh file with the built-in framework; the undo history goes.
    const QString second = m_dir.file(QStringLiteral("second.db"));
    FileDialog::setNextFileName(second);
    action(window(), QStringLiteral("newDatabaseAction"))->trigger();
    EXPECT_EQ(window().session()->path(), QFileInfo(second).absoluteFilePath());
    EXPECT_EQ(*ws().journal().count({}), 0);
    EXPECT_FALSE(window().session()->framework().skills.isEmpty());
    EXPECT_EQ(window().session()->undoStack()->count(), 0);
    EXPECT_TRUE(window().windowTitle().contains(QStringLiteral("second.db")));

    // New refuses a file that exists.
    FileDialog::setNextFileName(first);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window(), QStringLiteral("newDatabaseAction"))->trigger();
    EXPECT_EQ(MessageBox::takeCount(), 1);
    EXPECT_EQ(window().session()->path(), QFileInfo(second).absoluteFilePath());

    // Open recent lists both, newest first.
    const QStringList recent = window().recentDatabases();
    ASSERT_GE(recent.size(), 2);
    EXPECT_EQ(recent.at(0), QFileInfo(second).absoluteFilePath());
    EXPECT_EQ(recent.at(1), first);
    auto *menu = find<QMenu>(QStringLiteral("recentMenu"));
    ASSERT_GE(menu->actions().size(), 2);
    menu->actions().at(1)->trigger();
    EXPECT_EQ(window().session()->path(), first);
    EXPECT_EQ(*ws().journal().count({}), 1);

    // File ▸ Open.
    FileDialog::setNextFileName(second);
    action(window(), QStringLiteral("openDatabaseAction"))->trigger();
    EXPECT_EQ(window().session()->path(), QFileInfo(second).absoluteFilePath());

    // Something that is not a Ladder database: said, and the open file stays.
    const QString junk = m_dir.file(QStringLiteral("junk.db"));
    {
        QFile file(junk);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all, just some bytes that are long enough");
    }
    FileDialog::setNextFileName(junk);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window(), QStringLiteral("openDatabaseAction"))->trigger();
    EXPECT_EQ(MessageBox::takeCount(), 1);
    EXPECT_EQ(window().session()->path(), QFileInfo(second).absoluteFilePath());

    // File ▸ Back up: a copy readable by its owner only.
    const QString backup = m_dir.file(QStringLiteral("backup.db"));
    FileDialog::setNextFileName(backup);
    action(window(), QStringLiteral("backupAction"))->trigger();
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(QFileInfo(backup).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    Result<std::unique_ptr<Workspace>> copy = Workspace::open(backup);
    ASSERT_TRUE(copy.ok());
}

// File ▸ Merge another database: the dry run's report is shown first, and
// only a yes merges; the views then show what came in.
TEST_F(MainWindowTest, MergeAnotherDatabaseAsksWithTheReportFirst)
{
    const QString other = m_dir.file(QStringLiteral("other.db"));
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(other);
        ASSERT_TRUE(opened.ok());
        Win win;
        win.title = QStringLiteral("From the other database");
        win.date = today();
        ASSERT_TRUE((*opened)->journal().add(win).ok());
    }

    FileDialog::setNextFileName(other);
    MessageBox::setNextAnswer(QMessageBox::No);
    action(window(), QStringLiteral("mergeDatabaseAction"))->trigger();
    EXPECT_EQ(MessageBox::takeCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Would merge %1: wins 1 added").arg(other)))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(*ws().journal().count({}), 0);

    FileDialog::setNextFileName(other);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action(window(), QStringLiteral("mergeDatabaseAction"))->trigger();
    EXPECT_EQ(MessageBox::takeCount(), 1);
    EXPECT_EQ(*ws().journal().count({}), 1);
    EXPECT_TRUE(window().statusBar()->currentMessage().startsWith(QStringLiteral("Merged ")))
        << window().statusBar()->currentMessage().toStdString();

    // This database itself: said in one message, nothing asked.
    FileDialog::setNextFileName(window().session()->path());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window(), QStringLiteral("mergeDatabaseAction"))->trigger();
    EXPECT_EQ(MessageBox::takeCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this database itself"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(*ws().journal().count({}), 1);
}

TEST_F(MainWindowTest, EveryInteractiveWidgetIsNamedForTestsAndAssistiveTechnology)
{
    // Visit every page so that each has laid itself out.
    for (int page = 0; page < MainWindow::PageCount; ++page)
        window().showPage(MainWindow::Page(page));
    QStringList unnamed;
    const QList<QWidget *> widgets = window().findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (!interactive || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Line edits inside editable combo boxes and spin boxes belong to them.
        if (qobject_cast<QComboBox *>(widget->parentWidget()) || widget->inherits("QAbstractSpinBox")
            || widget->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        // Qt's own parts (the scroll area of a QTabBar, the view of a combo box's popup).
        if (widget->objectName().startsWith(QLatin1String("qt_")) || widget->inherits("QComboBoxListView"))
            continue;
        const bool named = !widget->objectName().isEmpty();
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool speaks = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        if (!named || !speaks)
            unnamed << QStringLiteral("%1 '%2' (%3)")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), widget->accessibleName());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral("\n")).toStdString();
}

TEST_F(MainWindowTest, TabMovesFromTheSidebarIntoThePage)
{
    window().showPage(MainWindow::WinsPage);
    activate();
    auto *navigation = find<QListWidget>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), window().winsView()->filterBar()->searchBox());
}

TEST_F(MainWindowTest, TabReachesTheSidebarFromEveryPageAndArrowsChangeThePage)
{
    activate();
    auto *navigation = find<QListWidget>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        SCOPED_TRACE(page);
        window().showPage(MainWindow::Page(page));
        // Start inside the page, then Tab as a keyboard-only user would.
        QWidget *start = window().findChild<QStackedWidget *>()->currentWidget();
        start->setFocus();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : start, Qt::Key_Tab);
        ASSERT_TRUE(start->isAncestorOf(QApplication::focusWidget()));
        int presses = 0;
        while (!navigation->hasFocus() && presses < 60) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window(), Qt::Key_Tab);
            ++presses;
        }
        ASSERT_TRUE(navigation->hasFocus()) << "Tab never reached the sidebar";
        // The arrows walk the pages, and the page follows at once.
        QTest::keyClick(navigation, page + 1 < MainWindow::PageCount ? Qt::Key_Down : Qt::Key_Up);
        EXPECT_EQ(window().currentPage(), page + 1 < MainWindow::PageCount ? page + 1 : page - 1);
    }
}

TEST_F(MainWindowTest, TheWinMenuActsOnTheWinsPageSelectionAndOnlyInSight)
{
    const qint64 drill = addWin(QStringLiteral("Led the failover drill"), QDate(2026, 8, 14));
    addWin(QStringLiteral("Cut checkout latency"), QDate(2026, 9, 1));
    auto *menu = find<QMenu>(QStringLiteral("winMenu"));
    ASSERT_NE(menu, nullptr);
    window().showPage(MainWindow::DashboardPage);
    EXPECT_FALSE(menu->isEnabled());
    window().showPage(MainWindow::WinsPage);
    EXPECT_TRUE(menu->isEnabled());
    ASSERT_TRUE(window().winsView()->selectWin(drill));
    QAction *remove = nullptr;
    for (QAction *action : menu->actions()) {
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
        if (action->objectName() == QLatin1String("winDeleteAction"))
            remove = action;
    }
    ASSERT_NE(remove, nullptr);
    remove->trigger();
    EXPECT_FALSE(ws().journal().get(drill).ok());
    EXPECT_EQ(ws().journal().list({})->size(), 1);
}

} // namespace
} // namespace ladder
