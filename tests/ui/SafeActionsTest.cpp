// SPDX-License-Identifier: GPL-3.0-or-later
// Actions act only on what the user sees: the preview and Edit/Star/Delete
// always agree on the win they mean, a filter that hides the selection
// disables them, and the status bar says what a write (or its undo) did and
// where an exported file went.

#include "UiTestSupport.h"

#include "DesktopServices.h"
#include "FileDialog.h"
#include "models/WinListModel.h"
#include "views/GoalsView.h"
#include "views/WinsView.h"
#include "widgets/SavedFileNote.h"
#include "widgets/WinFilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

namespace ladder {
namespace {

class SafeActionsTest : public UiTest
{
protected:
    void openWins()
    {
        window().showPage(MainWindow::WinsPage);
        m_view = window().winsView();
        m_table = m_view->table();
        m_detail = findIn<QTextBrowser>(m_view, QStringLiteral("winDetail"));
    }

    bool actionsEnabled()
    {
        const bool edit = findIn<QPushButton>(m_view, QStringLiteral("winEditButton"))->isEnabled();
        const bool star = findIn<QPushButton>(m_view, QStringLiteral("winStarButton"))->isEnabled();
        const bool del = findIn<QPushButton>(m_view, QStringLiteral("winDeleteButton"))->isEnabled();
        const bool delKey = findIn<QAction>(m_view, QStringLiteral("winDeleteAction"))->isEnabled();
        EXPECT_EQ(edit, del);
        EXPECT_EQ(star, del);
        EXPECT_EQ(delKey, del);
        return del;
    }

    QString statusText() { return window().statusBar()->currentMessage(); }

    WinsView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
};

TEST_F(SafeActionsTest, DeleteOfAWinScrolledOffScreenDeletesTheWinThePreviewShows)
{
    bulkWins(600);
    openWins();
    LADDER_TRY_TRUE(m_view->model()->rowCount() > 0);
    const qint64 picked = m_view->model()->winAt(2)->id;
    activate();
    clickIndex(m_table, m_view->model()->index(2, WinListModel::TitleColumn));
    ASSERT_EQ(m_view->selectedIds(), QList<qint64>{picked});
    EXPECT_TRUE(m_detail->toPlainText().contains(QStringLiteral("Win number 2")));

    // Away from it with the keyboard (Ctrl+End moves without selecting) and
    // the scroll bar: the win is off screen, still selected.
    QTest::keyClick(m_table, Qt::Key_End, Qt::ControlModifier);
    m_table->verticalScrollBar()->setValue(m_table->verticalScrollBar()->maximum());
    QApplication::processEvents();
    const QModelIndex pickedIndex = m_view->model()->index(2, WinListModel::TitleColumn);
    ASSERT_FALSE(m_table->viewport()->rect().intersects(m_table->visualRect(pickedIndex)));
    ASSERT_EQ(m_view->selectedIds(), QList<qint64>{picked});

    // The preview and the actions agree on it.
    EXPECT_TRUE(m_detail->toPlainText().contains(QStringLiteral("Win number 2")));
    EXPECT_TRUE(actionsEnabled());
    QTest::keyClick(m_table, Qt::Key_Delete);
    EXPECT_EQ(*ws().journal().count({}), 599);
    EXPECT_FALSE(ws().journal().get(picked).ok());
}

TEST_F(SafeActionsTest, AFilterThatHidesTheSelectionClearsItAndDisablesTheActions)
{
    const qint64 drill = addWin(QStringLiteral("Led the failover drill"), QDate(2026, 8, 14), {}, {}, true);
    const qint64 logs = addWin(QStringLiteral("Found a leak from production logs"), QDate(2026, 11, 18));
    openWins();
    LADDER_TRY_EQ(m_view->model()->rowCount(), 2);
    ASSERT_TRUE(m_view->selectWin(logs));
    EXPECT_TRUE(actionsEnabled());

    // "Starred only" hides the selected (unstarred) win.
    findIn<QCheckBox>(m_view, QStringLiteral("winStarred"))->setChecked(true);
    LADDER_TRY_EQ(m_view->model()->rowCount(), 1);
    EXPECT_TRUE(m_view->selectedIds().isEmpty());
    EXPECT_FALSE(actionsEnabled());
    EXPECT_TRUE(m_detail->toPlainText().contains(QStringLiteral("Select a win")));
    activate();
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Delete);
    EXPECT_EQ(*ws().journal().count({}), 2);

    // A filter that still shows the selected win keeps it selected.
    ASSERT_TRUE(m_view->selectWin(drill));
    findIn<QLineEdit>(m_view, QStringLiteral("winSearch"))->setText(QStringLiteral("failover"));
    LADDER_TRY_EQ(m_view->model()->filter().query, QStringLiteral("failover"));
    EXPECT_EQ(m_view->selectedIds(), QList<qint64>{drill});
    EXPECT_TRUE(actionsEnabled());
    EXPECT_TRUE(m_detail->toPlainText().contains(QStringLiteral("Led the failover drill")));
}

TEST_F(SafeActionsTest, StatusSaysWhatADeleteDidAndWhatItsUndoAndRedoDid)
{
    addWin(QStringLiteral("Older"), QDate(2026, 11, 1));
    const qint64 id = addWin(QStringLiteral("Cut checkout p99 latency"), QDate(2026, 11, 18));
    openWins();
    LADDER_TRY_EQ(m_view->model()->rowCount(), 2);
    ASSERT_TRUE(m_view->selectWin(id));
    activate();
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Delete);
    ASSERT_FALSE(ws().journal().get(id).ok());
    EXPECT_EQ(statusText(), QStringLiteral("Deleted win %1 — Ctrl+Z brings it back").arg(id));

    shortcut(Qt::Key_Z);
    ASSERT_TRUE(ws().journal().get(id).ok());
    EXPECT_EQ(statusText(), QStringLiteral("Brought back win %1").arg(id));
    shortcut(Qt::Key_Y);
    EXPECT_EQ(statusText(), QStringLiteral("Deleted win %1 — Ctrl+Z brings it back").arg(id));
}

TEST_F(SafeActionsTest, StatusSaysWhatAStarAndAnInPlaceEditDid)
{
    const qint64 id = addWin(QStringLiteral("Cut checkout p99 latency"), QDate(2026, 11, 18));
    openWins();
    LADDER_TRY_EQ(m_view->model()->rowCount(), 1);
    ASSERT_TRUE(m_view->selectWin(id));
    m_view->toggleStarSelected();
    EXPECT_EQ(statusText(), QStringLiteral("Starred win %1").arg(id));
    window().session()->undoStack()->undo();
    EXPECT_EQ(statusText(), QStringLiteral("Unstarred win %1").arg(id));
    m_view->model()->setData(m_view->model()->index(0, WinListModel::TitleColumn), QStringLiteral("Cut p99 latency"));
    EXPECT_EQ(statusText(), QStringLiteral("Saved win %1").arg(id));
    window().session()->undoStack()->undo();
    EXPECT_EQ(statusText(), QStringLiteral("Put win %1 back as it was").arg(id));
}

TEST_F(SafeActionsTest, StarringSeveralWinsIsOneStepToldOnce)
{
    addWin(QStringLiteral("One"), QDate(2026, 11, 1));
    addWin(QStringLiteral("Two"), QDate(2026, 11, 2));
    openWins();
    LADDER_TRY_EQ(m_view->model()->rowCount(), 2);
    m_table->selectAll();
    m_view->toggleStarSelected();
    WinFilter starred;
    starred.starredOnly = true;
    EXPECT_EQ(*ws().journal().count(starred), 2);
    EXPECT_EQ(window().session()->undoStack()->count(), 1);
    EXPECT_EQ(statusText(), QStringLiteral("Starred 2 wins"));
    window().session()->undoStack()->undo();
    EXPECT_EQ(*ws().journal().count(starred), 0);
    EXPECT_EQ(statusText(), QStringLiteral("Unstarred 2 wins"));
}

TEST_F(SafeActionsTest, AnExportSaysWhereTheFileWentAndOpensIt)
{
    addWin(QStringLiteral("Cut checkout p99 latency"), QDate(2026, 11, 18));
    const QString path = m_dir.file(QStringLiteral("brag.md"));
    FileDialog::setNextFileName(path);
    find<QAction>(QStringLiteral("exportMarkdownAction"))->trigger();
    ASSERT_TRUE(QFileInfo::exists(path));
    auto *note = find<SavedFileNote>(QStringLiteral("savedFileNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("brag.md")));
    EXPECT_EQ(note->fileUrl(), QUrl::fromLocalFile(path));
    EXPECT_EQ(note->folderUrl(), QUrl::fromLocalFile(m_dir.path()));
    // The links open the file and its folder (recorded, not launched).
    emit note->linkActivated(note->fileUrl().toString());
    EXPECT_EQ(DesktopServices::takeLastUrl(), QUrl::fromLocalFile(path));
    EXPECT_TRUE(note->text().contains(note->folderUrl().toString(QUrl::FullyEncoded)));

    // The next message replaces it.
    window().statusBar()->showMessage(QStringLiteral("Something else"));
    EXPECT_FALSE(note->isVisible());
}

TEST_F(SafeActionsTest, GoalActionsFollowTheSelectionNotTheCurrentRow)
{
    const qint64 goal = addGoal(QStringLiteral("Run the failover drills"), {QStringLiteral("incident-response")}, {});
    window().showPage(MainWindow::GoalsPage);
    GoalsView *view = window().goalsView();
    LADDER_TRY_EQ(view->selectedGoalId(), goal);
    auto *remove = findIn<QPushButton>(view, QStringLiteral("deleteGoalButton"));
    EXPECT_TRUE(remove->isEnabled());
    // Ctrl+click unselects the row but leaves it current.
    clickIndex(view->table(), view->table()->currentIndex(), Qt::ControlModifier);
    ASSERT_EQ(view->selectedGoalId(), 0);
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_EQ(findIn<QLabel>(view, QStringLiteral("goalDetailTitle"))->text(), QStringLiteral("Select a goal"));
}

} // namespace
} // namespace ladder
