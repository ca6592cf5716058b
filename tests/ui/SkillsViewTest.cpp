// SPDX-License-Identifier: GPL-3.0-or-later
// The Skills page: categories and skills with rating, expectations and gap;
// rating in two clicks or through the dialog (note and date), undo; the
// history chart and the radar.

#include "UiTestSupport.h"

#include "dialogs/RateSkillDialog.h"
#include "models/SkillTreeModel.h"
#include "Session.h"
#include "views/SkillsView.h"
#include "widgets/RadarChartWidget.h"
#include "widgets/SkillHistoryChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

namespace ladder {
namespace {

class SkillsViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        rate(QStringLiteral("debugging"), 1, QDate(2026, 3, 1));
        rate(QStringLiteral("debugging"), 2, QDate(2026, 9, 1));
        window().showPage(MainWindow::SkillsPage);
        m_view = window().skillsView();
        m_model = m_view->model();
        m_tree = m_view->tree();
    }

    QModelIndex skill(const QString &slug, int column = SkillTreeModel::NameColumn) const { return m_model->indexOfSkill(slug, column); }
    QList<Assessment> history(const QString &slug) { return *ws().ratings().history(slug); }

    SkillsView *m_view = nullptr;
    SkillTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
};

TEST_F(SkillsViewTest, CategoriesHoldSkillsWithRatingExpectationsAndGap)
{
    // The built-in framework: five categories, Craft first with debugging in it.
    ASSERT_EQ(m_model->rowCount(), 5);
    EXPECT_EQ(m_model->index(0, 0).data().toString(), QStringLiteral("Craft"));
    const QModelIndex debugging = skill(QStringLiteral("debugging"));
    ASSERT_TRUE(debugging.isValid());
    EXPECT_EQ(debugging.parent().row(), 0);
    EXPECT_TRUE(m_tree->isExpanded(debugging.parent()));
    EXPECT_EQ(skill(QStringLiteral("debugging"), SkillTreeModel::RatingColumn).data().toString(), QStringLiteral("2 practising"));
    EXPECT_EQ(skill(QStringLiteral("monitoring"), SkillTreeModel::RatingColumn).data().toString(), QStringLiteral("unrated"));
    // Junior is the first level of a new file; Mid-level is the target.
    const Skill *fwSkill = window().session()->framework().skill(QStringLiteral("debugging"));
    const int target = fwSkill->expectedAt(QStringLiteral("mid-level"));
    const QModelIndex gap = skill(QStringLiteral("debugging"), SkillTreeModel::GapColumn);
    EXPECT_EQ(gap.data(SkillTreeModel::TargetExpectedRole).toInt(), target);
    EXPECT_EQ(gap.data(SkillTreeModel::GapRole).toInt(), std::max(0, target - 2));
    EXPECT_EQ(m_model->headerData(SkillTreeModel::TargetColumn, Qt::Horizontal).toString(), QStringLiteral("Mid-level"));

    // Another target level changes the expectation and the gap.
    auto *level = findIn<QComboBox>(m_view, QStringLiteral("skillTargetLevel"));
    level->setCurrentIndex(level->findData(QStringLiteral("architect")));
    const QModelIndex architect = skill(QStringLiteral("debugging"), SkillTreeModel::GapColumn);
    EXPECT_EQ(architect.data(SkillTreeModel::TargetExpectedRole).toInt(), fwSkill->expectedAt(QStringLiteral("architect")));
    EXPECT_EQ(m_model->headerData(SkillTreeModel::GapColumn, Qt::Horizontal).toString(), QStringLiteral("Gap to Architect"));
}

TEST_F(SkillsViewTest, RatingTakesTwoClicksAndUndoRemovesIt)
{
    // Click one: the skill.
    clickIndex(m_tree, skill(QStringLiteral("monitoring")));
    ASSERT_EQ(m_view->selectedSkill(), QStringLiteral("monitoring"));
    EXPECT_EQ(findIn<QLabel>(m_view, QStringLiteral("skillName"))->text(), window().session()->skillName(QStringLiteral("monitoring")));
    // Click two: the rating.
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("quickRate3")), Qt::LeftButton);

    const QList<Assessment> rated = history(QStringLiteral("monitoring"));
    ASSERT_EQ(rated.size(), 1);
    EXPECT_EQ(rated.first().rating, 3);
    EXPECT_EQ(rated.first().date, today());
    EXPECT_EQ(skill(QStringLiteral("monitoring"), SkillTreeModel::RatingColumn).data().toString(), QStringLiteral("3 fluent"));
    EXPECT_TRUE(findIn<QPushButton>(m_view, QStringLiteral("quickRate3"))->isChecked());
    EXPECT_EQ(findIn<SkillHistoryChart>(m_view, QStringLiteral("skillHistory"))->pointCount(), 1);
    EXPECT_EQ(m_view->selectedSkill(), QStringLiteral("monitoring"));

    window().session()->undoStack()->undo();
    EXPECT_TRUE(history(QStringLiteral("monitoring")).isEmpty());
    EXPECT_EQ(skill(QStringLiteral("monitoring"), SkillTreeModel::RatingColumn).data().toString(), QStringLiteral("unrated"));
    window().session()->undoStack()->redo();
    const QList<Assessment> again = history(QStringLiteral("monitoring"));
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().uuid, rated.first().uuid);
}

TEST_F(SkillsViewTest, QuickRatingTakesTheNoteAndDateBesideTheButtons)
{
    ASSERT_TRUE(m_view->selectSkill(QStringLiteral("debugging")));
    auto *date = findIn<QDateEdit>(m_view, QStringLiteral("quickRateDate"));
    auto *note = findIn<QLineEdit>(m_view, QStringLiteral("quickRateNote"));
    EXPECT_EQ(date->date(), today());
    date->setDate(QDate(2026, 11, 1));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Led two incident reviews"));
    QTest::mouseClick(findIn<QPushButton>(m_view, QStringLiteral("quickRate3")), Qt::LeftButton);
    const QList<Assessment> all = history(QStringLiteral("debugging"));
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.last().rating, 3);
    EXPECT_EQ(all.last().date, QDate(2026, 11, 1));
    EXPECT_EQ(all.last().note, QStringLiteral("Led two incident reviews"));
    EXPECT_TRUE(note->text().isEmpty());
    EXPECT_EQ(findIn<SkillHistoryChart>(m_view, QStringLiteral("skillHistory"))->pointCount(), 3);
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("skillLastRating"))->text().contains(QStringLiteral("Led two incident reviews")));
}

TEST_F(SkillsViewTest, TheRateDialogOpensWithCtrlRAndRecordsNoteAndDate)
{
    activate();
    clickIndex(m_tree, skill(QStringLiteral("testing")));
    m_tree->setFocus();
    whenModal<RateSkillDialog>([](RateSkillDialog *dialog) {
        // On the indicator: a radio button takes clicks on its circle and label only.
        auto *two = dialog->findChild<QRadioButton *>(QStringLiteral("rateValue2"));
        QTest::mouseClick(two, Qt::LeftButton, {}, QPoint(two->fontMetrics().height() / 2 + 2, two->height() / 2));
        EXPECT_TRUE(two->isChecked());
        dialog->findChild<QDateEdit *>(QStringLiteral("rateDate"))->setDate(QDate(2026, 10, 15));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("rateNote")), QStringLiteral("Contract tests"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("rateNote")), Qt::Key_Return);
    });
    QTest::keyClick(m_tree, Qt::Key_R, Qt::ControlModifier);
    const QList<Assessment> all = history(QStringLiteral("testing"));
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().rating, 2);
    EXPECT_EQ(all.first().date, QDate(2026, 10, 15));
    EXPECT_EQ(all.first().note, QStringLiteral("Contract tests"));
    EXPECT_EQ(window().session()->undoStack()->count(), 1);
}

TEST_F(SkillsViewTest, TheRadarShowsRatingsAgainstTheTargetLevel)
{
    auto *tabs = m_view->tabs();
    tabs->setCurrentIndex(1);
    auto *radar = findIn<RadarChartWidget>(m_view, QStringLiteral("skillRadar"));
    LADDER_TRY_TRUE(radar->isVisible());
    const RadarChartData &data = radar->data();
    ASSERT_FALSE(data.isEmpty());
    bool found = false;
    for (const RadarChartData::Axis &axis : data.axes) {
        if (axis.skillSlug == QLatin1String("debugging")) {
            found = true;
            EXPECT_EQ(axis.rating, 2);
            EXPECT_FALSE(axis.unrated);
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(data.expectedLegend, QStringLiteral("Expected at Mid-level"));
    // It paints (in the palette's colors) without trouble.
    const QImage image = radar->grab().toImage();
    EXPECT_FALSE(image.isNull());
}

} // namespace
} // namespace ladder
