// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog a user types into keeps what was typed (issue 16, "Escape in a
// filled-in dialog asks before throwing the text away; Ctrl+Enter saves; Tab
// leaves a date field"): the win, goal and rating dialogs alike, whichever
// field was changed, text or not.

#include "UiTestSupport.h"

#include "dialogs/GoalEditDialog.h"
#include "dialogs/QuickAddDialog.h"
#include "dialogs/RateSkillDialog.h"
#include "dialogs/WinEditDialog.h"
#include "MessageBox.h"
#include "models/WinListModel.h"
#include "views/GoalsView.h"
#include "views/SkillsView.h"
#include "views/WinsView.h"
#include "widgets/DateField.h"
#include "widgets/GoalChecklist.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

#include <functional>

namespace ladder {
namespace {

class EditorDialogTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_goal = addGoal(QStringLiteral("Own a release"), {QStringLiteral("release-management")}, {}, QDate(2027, 3, 1));
        m_win = addWin(QStringLiteral("Led the failover drill"), QDate(2026, 8, 14), {QStringLiteral("distributed-systems")},
                       {QStringLiteral("oncall")}, false, QStringLiteral("Wrote the runbook first."));
        window().showPage(MainWindow::WinsPage);
        LADDER_TRY_EQ(window().winsView()->model()->rowCount(), 1);
        static_cast<void>(MessageBox::takeCount());
    }

    // Opens the win's edit dialog and runs `body` in it; returns once the
    // dialog has closed (or at once if it stayed open: body closes it).
    void editWin(const std::function<void(WinEditDialog *)> &body)
    {
        ASSERT_TRUE(window().winsView()->selectWin(m_win));
        whenModal<WinEditDialog>(body);
        window().winsView()->editSelected();
    }
    // Puts the keyboard in a field of the dialog, as a click would.
    static void focusIn(QDialog *dialog, QWidget *field)
    {
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        field->setFocus();
        EXPECT_TRUE(QTest::qWaitFor([field] { return field->hasFocus(); }, 2000));
    }
    // A dialog a step left open would block the run: close it and fail.
    static void mustHaveClosed(QDialog *dialog)
    {
        if (dialog->isVisible()) {
            ADD_FAILURE() << "the dialog stayed open";
            dialog->done(QDialog::Rejected);
        }
    }
    // Esc on a dialog, as the user presses it on the focused field.
    static void escape(QDialog *dialog)
    {
        QWidget *focus = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(focus, Qt::Key_Escape);
    }

    qint64 m_goal = 0;
    qint64 m_win = 0;
};

TEST_F(EditorDialogTest, EscapeOnAnUntouchedDialogClosesWithoutAsking)
{
    bool closed = false;
    editWin([&](WinEditDialog *dialog) {
        escape(dialog);
        closed = !dialog->isVisible();
        mustHaveClosed(dialog);
    });
    EXPECT_TRUE(closed);
    EXPECT_EQ(MessageBox::takeCount(), 0);
}

TEST_F(EditorDialogTest, AChangeToAnyKindOfFieldIsAskedAboutAndCancelKeepsIt)
{
    // Text, a check box and the goal list: each alone is a change worth asking about.
    const std::vector<std::function<void(WinEditDialog *)>> changes = {
        [](WinEditDialog *d) { QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("winEditBody")), QStringLiteral(" More.")); },
        [](WinEditDialog *d) { d->findChild<QCheckBox *>(QStringLiteral("winEditStar"))->setChecked(true); },
        [this](WinEditDialog *d) { d->findChild<GoalChecklist *>(QStringLiteral("winEditGoals"))->setChecked(m_goal, true); },
        [](WinEditDialog *d) { d->findChild<DateField *>(QStringLiteral("winEditDate"))->setDate(QDate(2026, 8, 1)); },
    };
    for (size_t i = 0; i < changes.size(); ++i) {
        SCOPED_TRACE(i);
        bool stayedOpen = false;
        bool closedAfterDiscard = false;
        editWin([&](WinEditDialog *dialog) {
            changes[i](dialog);
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            escape(dialog);
            stayedOpen = dialog->isVisible() && dialog->hasChanges();
            MessageBox::setNextAnswer(QMessageBox::Discard);
            escape(dialog);
            closedAfterDiscard = !dialog->isVisible();
            mustHaveClosed(dialog);
        });
        EXPECT_TRUE(stayedOpen);
        EXPECT_TRUE(closedAfterDiscard);
        EXPECT_EQ(MessageBox::takeCount(), 2);
        // Discarded: the win is as it was.
        const Win win = *ws().journal().get(m_win);
        EXPECT_EQ(win.body, QStringLiteral("Wrote the runbook first."));
        EXPECT_FALSE(win.starred);
        EXPECT_TRUE(win.goalIds.isEmpty());
        EXPECT_EQ(win.date, QDate(2026, 8, 14));
    }
}

TEST_F(EditorDialogTest, TheWindowCloseButtonAsksToo)
{
    bool stayedOpen = false;
    editWin([&](WinEditDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("winEditImpact")), QStringLiteral("Failover in 4 min"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        stayedOpen = !dialog->close() && dialog->isVisible();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->close();
        mustHaveClosed(dialog);
    });
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(MessageBox::takeCount(), 2);
}

TEST_F(EditorDialogTest, ControlEnterSavesFromAMultiLineField)
{
    editWin([](WinEditDialog *dialog) {
        auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("winEditBody"));
        focusIn(dialog, body);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Then ran it twice."));
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
        mustHaveClosed(dialog);
    });
    EXPECT_EQ(ws().journal().get(m_win)->body, QStringLiteral("Wrote the runbook first. Then ran it twice."));
    EXPECT_EQ(MessageBox::takeCount(), 0);
}

TEST_F(EditorDialogTest, ControlEnterOnTheKeypadSavesANewGoalWithItsMilestones)
{
    window().showPage(MainWindow::GoalsPage);
    whenModal<GoalEditDialog>([](GoalEditDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("goalTitle")), QStringLiteral("Run the design review"));
        auto *milestones = dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalMilestones"));
        focusIn(dialog, milestones);
        QTest::keyClicks(milestones, QStringLiteral("Book the room"));
        QTest::keyClick(milestones, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        mustHaveClosed(dialog);
    });
    window().goalsView()->newGoal();
    Result<QList<Goal>> goals = ws().goals().list();
    ASSERT_EQ(goals->size(), 2);
    const Goal &added = goals->at(0).id == m_goal ? goals->at(1) : goals->at(0);
    EXPECT_EQ(added.title, QStringLiteral("Run the design review"));
    ASSERT_EQ(added.milestones.size(), 1);
    EXPECT_EQ(added.milestones.first().text, QStringLiteral("Book the room"));
}

TEST_F(EditorDialogTest, MilestonesTypedIntoANewGoalAreAskedAbout)
{
    window().showPage(MainWindow::GoalsPage);
    bool stayedOpen = false;
    whenModal<GoalEditDialog>([&](GoalEditDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalMilestones")), QStringLiteral("Book the room"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        escape(dialog);
        stayedOpen = dialog->isVisible();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        escape(dialog);
        mustHaveClosed(dialog);
    });
    window().goalsView()->newGoal();
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(ws().goals().list()->size(), 1);
}

TEST_F(EditorDialogTest, ARatingNoteIsAskedAbout)
{
    window().showPage(MainWindow::SkillsPage);
    bool asked = false;
    whenModal<RateSkillDialog>([&](RateSkillDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("rateNote")), QStringLiteral("After the review"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        escape(dialog);
        asked = MessageBox::takeCount() == 1 && !dialog->isVisible();
        mustHaveClosed(dialog);
    });
    ASSERT_TRUE(window().skillsView()->selectSkill(QStringLiteral("testing")));
    window().skillsView()->openRateDialog();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(ws().ratings().history(QStringLiteral("testing"))->isEmpty());
}

TEST_F(EditorDialogTest, TabLeavesADateFieldInsteadOfWalkingItsSections)
{
    editWin([](WinEditDialog *dialog) {
        auto *date = dialog->findChild<DateField *>(QStringLiteral("winEditDate"));
        focusIn(dialog, date);
        QTest::keyClick(date, Qt::Key_Tab);
        EXPECT_EQ(dialog->focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("winEditTitle")));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        EXPECT_EQ(dialog->focusWidget(), date);
        escape(dialog);
        mustHaveClosed(dialog);
    });
}

TEST_F(EditorDialogTest, TabLeavesTheSkillsPageRatingDate)
{
    window().showPage(MainWindow::SkillsPage);
    auto *date = find<DateField>(QStringLiteral("quickRateDate"));
    ASSERT_NE(date, nullptr);
    activate();
    date->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([date] { return date->hasFocus(); }, 2000));
    QTest::keyClick(date, Qt::Key_Tab);
    EXPECT_FALSE(date->hasFocus());
}

} // namespace
} // namespace ladder
