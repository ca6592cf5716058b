// SPDX-License-Identifier: GPL-3.0-or-later
// Edits through the real window while ladder-cli (a second Workspace on the
// same file) changes the same win or goal behind its back (issue 12, item 4):
// the edit dialogs, in-place edits and their undo write only what the user
// changed, onto the row as it is by then; a field changed on both sides is
// refused, the dialog staying open with the user's edits, and a conflicting
// undo is reported, not applied.

#include "UiTestSupport.h"

#include "dialogs/GoalEditDialog.h"
#include "dialogs/WinEditDialog.h"
#include "MessageBox.h"
#include "models/WinListModel.h"
#include "Session.h"
#include "views/GoalsView.h"
#include "views/WinsView.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace ladder {
namespace {

class EditRoundTripTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_drill
            = addWin(QStringLiteral("Led the failover drill"), QDate(2026, 8, 14), {QStringLiteral("distributed-systems")},
                     {QStringLiteral("oncall")}, false, QStringLiteral("Wrote the runbook first."), QStringLiteral("Failover in 4 min"));
        m_goal = addGoal(QStringLiteral("Own a release"), {QStringLiteral("release-management")}, {}, QDate(2027, 3, 1));
        Result<std::unique_ptr<Workspace>> cli = Workspace::open(dbPath());
        ASSERT_TRUE(cli.ok()) << cli.error().message().toStdString();
        m_cli = std::move(*cli);
        window().showPage(MainWindow::WinsPage);
        LADDER_TRY_EQ(window().winsView()->model()->rowCount(), 1);
    }

    // ladder-cli changes the win: only in the file, the window is not told.
    void cliChangesWin(const std::function<void(Win &)> &change)
    {
        const Win was = *m_cli->journal().get(m_drill);
        Win now = was;
        change(now);
        Result<void> done = m_cli->journal().update(was, now);
        ASSERT_TRUE(done.ok()) << done.error().message().toStdString();
    }
    void cliChangesGoal(const std::function<void(Goal &)> &change)
    {
        const Goal was = *m_cli->goals().get(m_goal);
        Goal now = was;
        change(now);
        Result<void> done = m_cli->goals().update(was, now);
        ASSERT_TRUE(done.ok()) << done.error().message().toStdString();
    }
    Win win() { return *ws().journal().get(m_drill); }
    Goal goal() { return *ws().goals().get(m_goal); }

    // Opens the win's edit dialog; `body` runs while it is open.
    void editWin(const std::function<void(WinEditDialog *)> &body)
    {
        WinsView *view = window().winsView();
        ASSERT_TRUE(view->selectWin(m_drill));
        whenModal<WinEditDialog>([body](WinEditDialog *dialog) { body(dialog); });
        view->editSelected();
    }
    void editGoal(const std::function<void(GoalEditDialog *)> &body)
    {
        window().showPage(MainWindow::GoalsPage);
        GoalsView *view = window().goalsView();
        ASSERT_TRUE(view->selectGoal(m_goal));
        whenModal<GoalEditDialog>([body](GoalEditDialog *dialog) { body(dialog); });
        view->editSelected();
    }
    static void setText(QWidget *dialog, const char *name, const QString &text)
    {
        auto *line = dialog->findChild<QLineEdit *>(QLatin1String(name));
        ASSERT_NE(line, nullptr) << name;
        line->setText(text);
    }
    QUndoStack *undoStack() { return window().session()->undoStack(); }

    qint64 m_drill = 0;
    qint64 m_goal = 0;
    std::unique_ptr<Workspace> m_cli;
};

TEST_F(EditRoundTripTest, TheWinDialogKeepsWhatTheCliChangedWhileItWasOpen)
{
    editWin([this](WinEditDialog *dialog) {
        cliChangesWin([](Win &w) {
            w.impact = QStringLiteral("Failover in 3 min");
            w.starred = true;
            w.tags << QStringLiteral("drill");
            w.body = QStringLiteral("The runbook, reviewed.");
        });
        setText(dialog, "winEditTitle", QStringLiteral("Led the regional failover drill"));
        setText(dialog, "winEditTags", QStringLiteral("oncall resilience"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
    });
    const Win now = win();
    EXPECT_EQ(now.title, QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(now.impact, QStringLiteral("Failover in 3 min"));
    EXPECT_TRUE(now.starred);
    EXPECT_EQ(now.body, QStringLiteral("The runbook, reviewed."));
    EXPECT_EQ(now.tags, (QStringList{QStringLiteral("drill"), QStringLiteral("oncall"), QStringLiteral("resilience")}));
    EXPECT_EQ(undoStack()->count(), 1);
}

// The edit dialog reads a typed title as quick add does: the tags ending it
// join the tags (and skills); a title left as it was is no change, even one
// stored with tags in it before they were taken out.
TEST_F(EditRoundTripTest, ATypedTitleLosesItsTrailingTagsAndAnUntouchedOneStays)
{
    editWin([](WinEditDialog *dialog) {
        setText(dialog, "winEditTitle", QStringLiteral("Led the regional failover drill @incident-response #drill"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
    });
    EXPECT_EQ(win().title, QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(win().tags, (QStringList{QStringLiteral("drill"), QStringLiteral("incident-response"), QStringLiteral("oncall")}));
    EXPECT_EQ(win().skillSlugs, (QStringList{QStringLiteral("distributed-systems"), QStringLiteral("incident-response")}));

    cliChangesWin([](Win &w) { w.title = QStringLiteral("An old title @perf"); });
    editWin([](WinEditDialog *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("winEditStar"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
    });
    EXPECT_TRUE(win().starred);
    EXPECT_EQ(win().title, QStringLiteral("An old title @perf"));

    bool stayedOpen = false;
    QString shown;
    editWin([&](WinEditDialog *dialog) {
        setText(dialog, "winEditTitle", QStringLiteral("#perf, #oncall"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        shown = dialog->findChild<QLabel *>(QStringLiteral("winEditError"))->text();
        MessageBox::setNextAnswer(QMessageBox::Discard); // the edits were refused; let them go
        dialog->reject();
    });
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(shown, QStringLiteral("the win has no title (only tags were given)"));
    EXPECT_EQ(win().title, QStringLiteral("An old title @perf"));
}

TEST_F(EditRoundTripTest, AConflictKeepsTheWinDialogOpenWithTheEditsAndTheReason)
{
    bool stayedOpen = false;
    QString shown;
    editWin([&](WinEditDialog *dialog) {
        cliChangesWin([](Win &w) { w.title = QStringLiteral("Ran the failover drill"); });
        setText(dialog, "winEditTitle", QStringLiteral("Led the regional failover drill"));
        setText(dialog, "winEditImpact", QStringLiteral("Failover in 2 min"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        shown = dialog->findChild<QLabel *>(QStringLiteral("winEditError"))->text();
        EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("winEditTitle"))->text(),
                  QStringLiteral("Led the regional failover drill"));
        MessageBox::setNextAnswer(QMessageBox::Discard); // the edits were refused; let them go
        dialog->reject();
    });
    EXPECT_TRUE(stayedOpen);
    EXPECT_TRUE(shown.contains(QStringLiteral("(title)"))) << shown.toStdString();
    EXPECT_EQ(win().title, QStringLiteral("Ran the failover drill"));
    EXPECT_EQ(win().impact, QStringLiteral("Failover in 4 min"));
    EXPECT_EQ(undoStack()->count(), 0);
}

TEST_F(EditRoundTripTest, UndoTakesBackOnlyTheUsersChangeAndLeavesTheClisAlone)
{
    editWin([](WinEditDialog *dialog) {
        setText(dialog, "winEditTitle", QStringLiteral("Led the regional failover drill"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
    });
    ASSERT_EQ(win().title, QStringLiteral("Led the regional failover drill"));
    cliChangesWin([](Win &w) {
        w.impact = QStringLiteral("Failover in 3 min");
        w.tags << QStringLiteral("drill");
    });
    undoStack()->undo();
    EXPECT_EQ(win().title, QStringLiteral("Led the failover drill"));
    EXPECT_EQ(win().impact, QStringLiteral("Failover in 3 min"));
    EXPECT_EQ(win().tags, (QStringList{QStringLiteral("drill"), QStringLiteral("oncall")}));
    undoStack()->redo();
    EXPECT_EQ(win().title, QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(win().impact, QStringLiteral("Failover in 3 min"));
}

TEST_F(EditRoundTripTest, AConflictingUndoIsReportedAndNotApplied)
{
    editWin([](WinEditDialog *dialog) {
        setText(dialog, "winEditTitle", QStringLiteral("Led the regional failover drill"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
    });
    cliChangesWin([](Win &w) { w.title = QStringLiteral("Ran the failover drill"); });
    static_cast<void>(MessageBox::takeCount());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    undoStack()->undo();
    EXPECT_EQ(win().title, QStringLiteral("Ran the failover drill"));
    LADDER_TRY_TRUE(MessageBox::lastText().contains(QStringLiteral("win %1 was changed elsewhere meanwhile (title)").arg(m_drill)));
    EXPECT_EQ(MessageBox::takeCount(), 1);
}

TEST_F(EditRoundTripTest, AStarToggledOnAStaleRowKeepsTheClisChanges)
{
    // The window read the row, and has not re-read it since ladder-cli
    // changed it.
    WinListModel *model = window().winsView()->model();
    ASSERT_NE(model->winAt(0), nullptr);
    cliChangesWin([](Win &w) {
        w.impact = QStringLiteral("Failover in 3 min");
        w.title = QStringLiteral("Ran the failover drill");
    });
    ASSERT_EQ(model->winAt(0)->impact, QStringLiteral("Failover in 4 min"));
    ASSERT_TRUE(model->setData(model->index(0, WinListModel::StarColumn), true));
    EXPECT_TRUE(win().starred);
    EXPECT_EQ(win().impact, QStringLiteral("Failover in 3 min"));
    EXPECT_EQ(win().title, QStringLiteral("Ran the failover drill"));
    undoStack()->undo();
    EXPECT_FALSE(win().starred);
    EXPECT_EQ(win().title, QStringLiteral("Ran the failover drill"));
}

TEST_F(EditRoundTripTest, TheGoalDialogKeepsWhatTheCliChangedAndRefusesAConflict)
{
    editGoal([this](GoalEditDialog *dialog) {
        cliChangesGoal([](Goal &g) {
            g.due = QDate(2027, 6, 30);
            g.skillSlugs << QStringLiteral("incident-response");
        });
        setText(dialog, "goalTitle", QStringLiteral("Own two releases"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("goalSave")), Qt::LeftButton);
    });
    EXPECT_EQ(goal().title, QStringLiteral("Own two releases"));
    EXPECT_EQ(goal().due, QDate(2027, 6, 30));
    EXPECT_EQ(goal().skillSlugs, (QStringList{QStringLiteral("incident-response"), QStringLiteral("release-management")}));

    bool stayedOpen = false;
    QString shown;
    editGoal([&](GoalEditDialog *dialog) {
        cliChangesGoal([](Goal &g) { g.note = QStringLiteral("From the terminal"); });
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalNote"))->setPlainText(QStringLiteral("From the window"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("goalSave")), Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        shown = dialog->findChild<QLabel *>(QStringLiteral("goalError"))->text();
        MessageBox::setNextAnswer(QMessageBox::Discard); // the edits were refused; let them go
        dialog->reject();
    });
    EXPECT_TRUE(stayedOpen);
    EXPECT_TRUE(shown.contains(QStringLiteral("(note)"))) << shown.toStdString();
    EXPECT_EQ(goal().note, QStringLiteral("From the terminal"));

    // Undo of the title edit leaves the terminal's due date and note.
    undoStack()->undo();
    EXPECT_EQ(goal().title, QStringLiteral("Own a release"));
    EXPECT_EQ(goal().due, QDate(2027, 6, 30));
    EXPECT_EQ(goal().note, QStringLiteral("From the terminal"));
}

} // namespace
} // namespace ladder
