// SPDX-License-Identifier: GPL-3.0-or-later
// The Wins page: the table, the filter bar (the CLI's search syntax with an
// inline error), the Markdown detail pane, edit in place and in a dialog,
// star, delete with undo.

#include "UiTestSupport.h"

#include "dialogs/WinEditDialog.h"
#include "models/WinListModel.h"
#include "Session.h"
#include "views/WinsView.h"
#include "widgets/WinFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

namespace ladder {
namespace {

class WinsViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_goal = addGoal(QStringLiteral("Run the failover drills"), {QStringLiteral("incident-response")}, {});
        m_drill = addWin(QStringLiteral("Led the failover drill"), QDate(2026, 8, 14), {QStringLiteral("distributed-systems")},
                         {QStringLiteral("oncall")}, true, QStringLiteral("Wrote the **runbook** first."),
                         QStringLiteral("Failover in 4 min"), {m_goal});
        m_latency = addWin(QStringLiteral("Cut checkout p99 latency"), QDate(2026, 10, 2), {QStringLiteral("performance")},
                           {QStringLiteral("perf")});
        m_logs = addWin(QStringLiteral("Found a leak from production logs"), QDate(2026, 11, 18), {QStringLiteral("debugging")},
                        {QStringLiteral("oncall")});
        window().showPage(MainWindow::WinsPage);
        m_view = window().winsView();
        m_model = m_view->model();
        m_table = m_view->table();
        LADDER_TRY_EQ(m_model->rowCount(), 3);
    }

    // Selects a row by clicking its title.
    void clickRow(int row) { clickIndex(m_table, m_model->index(row, WinListModel::TitleColumn)); }

    qint64 m_goal = 0;
    qint64 m_drill = 0;
    qint64 m_latency = 0;
    qint64 m_logs = 0;
    WinsView *m_view = nullptr;
    WinListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

TEST_F(WinsViewTest, TableShowsDateTitleSkillsTagsImpactAndStarNewestFirst)
{
    EXPECT_EQ(m_model->index(0, WinListModel::TitleColumn).data().toString(), QStringLiteral("Found a leak from production logs"));
    EXPECT_EQ(m_model->index(2, WinListModel::DateColumn).data().toString(), QStringLiteral("2026-08-14"));
    EXPECT_EQ(m_model->index(2, WinListModel::SkillsColumn).data().toString(), QStringLiteral("Distributed systems"));
    EXPECT_EQ(m_model->index(2, WinListModel::TagsColumn).data().toString(), QStringLiteral("oncall"));
    EXPECT_EQ(m_model->index(2, WinListModel::ImpactColumn).data().toString(), QStringLiteral("Failover in 4 min"));
    EXPECT_EQ(m_model->index(2, WinListModel::StarColumn).data().toString(), QStringLiteral("★"));
    EXPECT_EQ(m_model->index(1, WinListModel::StarColumn).data().toString(), QString());
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("winCount"))->text(), QStringLiteral("3 wins"));
}

TEST_F(WinsViewTest, DetailPaneRendersTheMarkdownBodyOfTheSelectedWin)
{
    clickRow(2);
    auto *detail = findIn<QTextBrowser>(m_view, QStringLiteral("winDetail"));
    const QString text = detail->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Led the failover drill"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Failover in 4 min")));
    EXPECT_TRUE(text.contains(QStringLiteral("Run the failover drills"))); // the goal's title
    // Rendered, not shown as source: the asterisks are gone, the word is bold.
    EXPECT_TRUE(text.contains(QStringLiteral("Wrote the runbook first.")));
    EXPECT_FALSE(text.contains(QStringLiteral("**")));
    EXPECT_TRUE(detail->toHtml().contains(QStringLiteral("font-weight")));
}

TEST_F(WinsViewTest, SearchUsesTheCliSyntaxAndShowsAnInlineErrorForABadQuery)
{
    auto *search = findIn<QLineEdit>(m_view, QStringLiteral("winSearch"));
    auto *error = findIn<QLabel>(m_view, QStringLiteral("winFilterError"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("failover"));
    LADDER_TRY_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_drill);
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("winCount"))->text(), QStringLiteral("1 win matches"));

    // Exclusion and prefixes, as in ladder-cli search.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("-failover prod*"));
    LADDER_TRY_EQ(m_model->filter().query, QStringLiteral("-failover prod*"));
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_logs);

    // An unbalanced quote: one clear line under the bar; the table keeps its rows.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("\"checkout p99"));
    LADDER_TRY_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("unbalanced quote"))) << error->text().toStdString();
    EXPECT_EQ(m_model->rowCount(), 1);

    QTest::keyClick(search, Qt::Key_QuoteDbl);
    QTest::keyClick(search, Qt::Key_Return);
    LADDER_TRY_TRUE(!error->isVisible());
    LADDER_TRY_EQ(m_model->filter().query, QStringLiteral("\"checkout p99\""));
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_latency);

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    LADDER_TRY_EQ(m_model->rowCount(), 3);
}

TEST_F(WinsViewTest, FiltersByPeriodSkillTagGoalAndStar)
{
    auto *period = findIn<QComboBox>(m_view, QStringLiteral("winPeriod"));
    auto *skill = findIn<QComboBox>(m_view, QStringLiteral("winSkill"));
    auto *tag = findIn<QComboBox>(m_view, QStringLiteral("winTag"));
    auto *goal = findIn<QComboBox>(m_view, QStringLiteral("winGoal"));
    auto *starred = findIn<QCheckBox>(m_view, QStringLiteral("winStarred"));
    auto *error = findIn<QLabel>(m_view, QStringLiteral("winFilterError"));

    // A period typed as ladder-cli takes it.
    period->lineEdit()->selectAll();
    QTest::keyClicks(period->lineEdit(), QStringLiteral("2026-Q3"));
    QTest::keyClick(period->lineEdit(), Qt::Key_Return);
    LADDER_TRY_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_drill);
    // A preset.
    period->setCurrentIndex(period->findData(QStringLiteral("this-month")));
    LADDER_TRY_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_logs);
    // A period that does not parse is named inline.
    period->lineEdit()->selectAll();
    QTest::keyClicks(period->lineEdit(), QStringLiteral("2026-Q5"));
    QTest::keyClick(period->lineEdit(), Qt::Key_Return);
    LADDER_TRY_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("2026-Q5")));
    period->setCurrentIndex(0);
    LADDER_TRY_TRUE(!error->isVisible());
    LADDER_TRY_EQ(m_model->rowCount(), 3);

    skill->setCurrentIndex(skill->findData(QStringLiteral("performance")));
    LADDER_TRY_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_latency);
    skill->setCurrentIndex(0);

    tag->setCurrentIndex(tag->findData(QStringLiteral("oncall")));
    LADDER_TRY_EQ(m_model->rowCount(), 2);
    tag->setCurrentIndex(0);

    goal->setCurrentIndex(goal->findData(m_goal));
    LADDER_TRY_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_drill);
    goal->setCurrentIndex(0);

    starred->setFocus();
    QTest::keyClick(starred, Qt::Key_Space);
    LADDER_TRY_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->winAt(0)->id, m_drill);
    QTest::keyClick(starred, Qt::Key_Space);
    LADDER_TRY_EQ(m_model->rowCount(), 3);
}

TEST_F(WinsViewTest, DeleteWithTheKeyboardAndUndoBringsBackTheSameWin)
{
    const Win before = *ws().journal().get(m_latency);
    activate();
    clickRow(1);
    ASSERT_EQ(m_view->selectedIds(), QList<qint64>{m_latency});
    QTest::keyClick(m_table, Qt::Key_Delete);
    EXPECT_FALSE(ws().journal().get(m_latency).ok());
    LADDER_TRY_EQ(m_model->rowCount(), 2);
    // The keyboard stays in the table, on the win that took the row's place.
    EXPECT_EQ(m_view->selectedIds(), QList<qint64>{m_drill});

    shortcut(Qt::Key_Z);
    Result<Win> back = ws().journal().get(m_latency);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->uuid, before.uuid);
    EXPECT_EQ(back->createdAt, before.createdAt);
    EXPECT_EQ(back->skillSlugs, before.skillSlugs);
    EXPECT_EQ(back->tags, before.tags);
    LADDER_TRY_EQ(m_model->rowCount(), 3);
    EXPECT_EQ(m_model->winAt(1)->id, m_latency);
    // The selection did not jump: still the win it was on.
    EXPECT_EQ(m_view->selectedIds(), QList<qint64>{m_drill});

    shortcut(Qt::Key_Y);
    EXPECT_FALSE(ws().journal().get(m_latency).ok());
    LADDER_TRY_EQ(m_model->rowCount(), 2);
}

TEST_F(WinsViewTest, DeletingSeveralWinsIsOneUndoStep)
{
    activate();
    clickRow(0);
    clickIndex(m_table, m_model->index(1, WinListModel::TitleColumn), Qt::ControlModifier);
    ASSERT_EQ(m_view->selectedIds().size(), 2);
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("winDeleteButton")), Qt::LeftButton);
    EXPECT_EQ(*ws().journal().count({}), 1);
    EXPECT_EQ(window().session()->undoStack()->count(), 1);
    window().session()->undoStack()->undo();
    EXPECT_EQ(*ws().journal().count({}), 3);
    LADDER_TRY_EQ(m_model->rowCount(), 3);
}

TEST_F(WinsViewTest, TitleEditsInPlaceWithF2AndUndoes)
{
    activate();
    clickRow(1);
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(1, WinListModel::TitleColumn));
    QTest::keyClick(m_table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    ASSERT_EQ(editor->parentWidget(), m_table->viewport()) << "F2 opened no editor in the table";
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Halved checkout p99 latency"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    LADDER_TRY_EQ(ws().journal().get(m_latency)->title, QStringLiteral("Halved checkout p99 latency"));
    LADDER_TRY_EQ(m_model->index(1, WinListModel::TitleColumn).data().toString(), QStringLiteral("Halved checkout p99 latency"));

    window().session()->undoStack()->undo();
    EXPECT_EQ(ws().journal().get(m_latency)->title, QStringLiteral("Cut checkout p99 latency"));
    LADDER_TRY_EQ(m_model->index(1, WinListModel::TitleColumn).data().toString(), QStringLiteral("Cut checkout p99 latency"));
}

TEST_F(WinsViewTest, EnterOpensTheEditorDialogAndSavingIsUndoable)
{
    activate();
    clickRow(1);
    m_table->setFocus();
    whenModal<WinEditDialog>([](WinEditDialog *dialog) {
        auto *impact = dialog->findChild<QLineEdit *>(QStringLiteral("winEditImpact"));
        auto *tags = dialog->findChild<QLineEdit *>(QStringLiteral("winEditTags"));
        ASSERT_NE(impact, nullptr);
        impact->setFocus();
        QTest::keyClicks(impact, QStringLiteral("Conversion +2%"));
        tags->setText(QStringLiteral("perf checkout"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("winEditSave")), Qt::LeftButton);
    });
    QTest::keyClick(m_table, Qt::Key_Return);
    Result<Win> edited = ws().journal().get(m_latency);
    EXPECT_EQ(edited->impact, QStringLiteral("Conversion +2%"));
    EXPECT_EQ(edited->tags, (QStringList{QStringLiteral("checkout"), QStringLiteral("perf")}));
    LADDER_TRY_EQ(m_model->index(1, WinListModel::ImpactColumn).data().toString(), QStringLiteral("Conversion +2%"));

    shortcut(Qt::Key_Z);
    EXPECT_EQ(ws().journal().get(m_latency)->impact, QString());
}

TEST_F(WinsViewTest, ClickingTheStarColumnTogglesTheStar)
{
    clickIndex(m_table, m_model->index(1, WinListModel::StarColumn));
    EXPECT_TRUE(ws().journal().get(m_latency)->starred);
    LADDER_TRY_EQ(m_model->index(1, WinListModel::StarColumn).data().toString(), QStringLiteral("★"));
    clickIndex(m_table, m_model->index(1, WinListModel::StarColumn));
    EXPECT_FALSE(ws().journal().get(m_latency)->starred);
    window().session()->undoStack()->undo();
    EXPECT_TRUE(ws().journal().get(m_latency)->starred);
}

} // namespace
} // namespace ladder
