// SPDX-License-Identifier: GPL-3.0-or-later
// The Skills page: categories and skills with rating, expectations and gap;
// rating in two clicks or through the dialog (note and date), undo; the
// history chart and the radar.

#include "UiTestSupport.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "dialogs/RateSkillDialog.h"
#include "DisplayDate.h"
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

// A framework with its own 0-5 scale (six milestones) whose manager level
// says on-call does not apply: tests/fixtures/frameworks/six-milestones.json,
// built here so the test needs no file reader.
Framework sixMilestones()
{
    Framework fw;
    fw.slug = QStringLiteral("six-milestones");
    fw.name = QStringLiteral("Six milestones");
    QList<ScaleStep> steps;
    for (const char *name : {"none", "aware", "learning", "practising", "fluent", "leading"})
        steps.append(ScaleStep{QString::fromLatin1(name), QString(), {}});
    fw.scale = ProficiencyScale(steps);
    const QStringList levels{QStringLiteral("ic1"), QStringLiteral("ic2"), QStringLiteral("em1")};
    const QStringList names{QStringLiteral("Engineer I"), QStringLiteral("Engineer II"), QStringLiteral("Manager")};
    for (int rank = 0; rank < levels.size(); ++rank) {
        Level level;
        level.slug = levels.at(rank);
        level.name = names.at(rank);
        level.rank = rank;
        fw.levels.append(level);
    }
    Category craft;
    craft.slug = QStringLiteral("craft");
    craft.name = QStringLiteral("Craft");
    craft.position = 1;
    fw.categories.append(craft);
    // -1: does not apply at that level.
    const auto skill = [&](const char *slug, const char *name, int position, std::initializer_list<int> expected) {
        Skill s;
        s.slug = QString::fromLatin1(slug);
        s.name = QString::fromLatin1(name);
        s.categorySlug = craft.slug;
        s.position = position;
        qsizetype i = 0;
        for (int proficiency : expected) {
            Expectation e;
            e.levelSlug = levels.at(i++);
            e.applicable = proficiency >= 0;
            e.proficiency = std::max(0, proficiency);
            s.expectations.append(e);
        }
        fw.skills.append(s);
    };
    skill("testing", "Testing", 1, {2, 4, 4});
    skill("on-call", "On-call", 2, {1, 3, -1});
    skill("mentoring", "Mentoring", 3, {0, 2, 5});
    return fw;
}

TEST_F(SkillsViewTest, ASixStepScaleShowsInTheDialogTheColumnsAndTheRadar)
{
    Frameworks::ImportOptions options;
    options.activate = true;
    const Result<Frameworks::Outcome> imported = ws().frameworks().import(sixMilestones(), options);
    ASSERT_TRUE(imported.ok()) << imported.error().message().toStdString();
    ASSERT_TRUE(ws().ratings().setCurrentLevel(QStringLiteral("ic1")).ok());
    notify();
    ASSERT_EQ(window().session()->framework().slug, QStringLiteral("six-milestones"));
    ASSERT_EQ(window().session()->framework().scale.max(), 5);

    // The rate dialog offers the scale's six steps; rate testing 5 through it.
    activate();
    clickIndex(m_tree, skill(QStringLiteral("testing")));
    m_tree->setFocus();
    whenModal<RateSkillDialog>([](RateSkillDialog *dialog) {
        EXPECT_EQ(dialog->findChildren<QRadioButton *>().size(), 6);
        auto *five = dialog->findChild<QRadioButton *>(QStringLiteral("rateValue5"));
        ASSERT_NE(five, nullptr);
        EXPECT_EQ(five->text(), QStringLiteral("&5 leading"));
        QTest::mouseClick(five, Qt::LeftButton, {}, QPoint(five->fontMetrics().height() / 2 + 2, five->height() / 2));
        EXPECT_TRUE(five->isChecked());
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("rateNote")), Qt::Key_Return);
    });
    QTest::keyClick(m_tree, Qt::Key_R, Qt::ControlModifier);
    const QList<Assessment> rated = history(QStringLiteral("testing"));
    ASSERT_FALSE(rated.isEmpty());
    EXPECT_EQ(rated.last().rating, 5);

    // Read back: the label is the scale's, not clamped to the built-in 0-4.
    EXPECT_EQ(skill(QStringLiteral("testing"), SkillTreeModel::RatingColumn).data().toString(), QStringLiteral("5 leading"));
    EXPECT_EQ(skill(QStringLiteral("testing"), SkillTreeModel::TargetColumn).data().toString(), QStringLiteral("4 fluent"));
    EXPECT_EQ(skill(QStringLiteral("testing"), SkillTreeModel::GapColumn).data(SkillTreeModel::ScaleMaxRole).toInt(), 5);
    EXPECT_TRUE(findIn<QLabel>(m_view, QStringLiteral("skillLastRating"))->text().contains(QStringLiteral("5 leading")));
    // Two clicks: six quick-rate buttons, the 5 one checked.
    auto *quickFive = findIn<QPushButton>(m_view, QStringLiteral("quickRate5"));
    EXPECT_TRUE(quickFive->isChecked());
    EXPECT_EQ(m_view->findChild<QPushButton *>(QStringLiteral("quickRate6")), nullptr);

    // At the manager level on-call does not apply: "n/a", no gap, no spoke.
    auto *level = findIn<QComboBox>(m_view, QStringLiteral("skillTargetLevel"));
    level->setCurrentIndex(level->findData(QStringLiteral("em1")));
    EXPECT_EQ(skill(QStringLiteral("on-call"), SkillTreeModel::TargetColumn).data().toString(), QStringLiteral("n/a"));
    EXPECT_EQ(skill(QStringLiteral("on-call"), SkillTreeModel::GapColumn).data().toString(), QStringLiteral("n/a"));
    EXPECT_EQ(skill(QStringLiteral("on-call"), SkillTreeModel::GapColumn).data(SkillTreeModel::GapRole).toInt(), 0);
    EXPECT_EQ(skill(QStringLiteral("mentoring"), SkillTreeModel::TargetColumn).data().toString(), QStringLiteral("5 leading"));
    const RadarChartData &radar = findIn<RadarChartWidget>(m_view, QStringLiteral("skillRadar"))->data();
    EXPECT_EQ(radar.maxValue, 5);
    QStringList spokes;
    for (const RadarChartData::Axis &axis : radar.axes)
        spokes << axis.skillSlug;
    EXPECT_EQ(spokes, (QStringList{QStringLiteral("testing"), QStringLiteral("mentoring")}));
}

// The history chart of a skill with no rating: a message and what the levels
// expect in words, with no level line for the message to sit on.
TEST_F(SkillsViewTest, AnUnratedSkillsHistorySaysSoWithoutALineUnderTheWords)
{
    ASSERT_TRUE(m_view->selectSkill(QStringLiteral("monitoring")));
    auto *chart = findIn<SkillHistoryChart>(m_view, QStringLiteral("skillHistory"));
    chart->resize(chart->sizeHint());
    const SkillHistoryChart::Layout layout = chart->layout();
    EXPECT_TRUE(layout.message.text.startsWith(QStringLiteral("Not rated yet"))) << layout.message.text.toStdString();
    EXPECT_TRUE(layout.message.text.contains(QStringLiteral("Expected: Junior"))) << layout.message.text.toStdString();
    EXPECT_TRUE(layout.lineYs.isEmpty());
    EXPECT_TRUE(layout.points.isEmpty());
    EXPECT_TRUE(chart->rect().contains(layout.message.rect.toAlignedRect()));
    // The painted words fit the message's place.
    const QRect words = chart->fontMetrics().boundingRect(layout.message.rect.toAlignedRect(), layout.message.flags, layout.message.text);
    EXPECT_TRUE(layout.message.rect.toAlignedRect().contains(words));
}

// A lone rating is a dot in the middle of the time axis with its date under
// it, not a dot on the edge.
TEST_F(SkillsViewTest, ALoneRatingSitsInTheMiddleWithItsDate)
{
    for (const QDate &date : {today().addMonths(-3), today()}) {
        SCOPED_TRACE(date.toString(Qt::ISODate).toStdString());
        const QString slug = date == today() ? QStringLiteral("testing") : QStringLiteral("monitoring");
        rate(slug, 2, date);
        ASSERT_TRUE(m_view->selectSkill(slug));
        auto *chart = findIn<SkillHistoryChart>(m_view, QStringLiteral("skillHistory"));
        chart->resize(chart->sizeHint());
        const SkillHistoryChart::Layout layout = chart->layout();
        ASSERT_EQ(layout.points.size(), 1);
        EXPECT_TRUE(layout.message.text.isEmpty());
        const QPointF dot = layout.points.first();
        EXPECT_NEAR(dot.x(), layout.plot.center().x(), 1.0);
        EXPECT_TRUE(layout.plot.contains(dot));
        ASSERT_FALSE(layout.dates.isEmpty());
        const SkillHistoryChart::Label label = layout.dates.first();
        EXPECT_EQ(label.text, DisplayDate::text(date));
        EXPECT_NEAR(label.rect.center().x(), dot.x(), 1.0);
        EXPECT_GE(label.rect.top(), layout.plot.bottom());
        for (const SkillHistoryChart::Label &other : layout.dates.mid(1))
            EXPECT_FALSE(other.rect.intersects(label.rect));
        // The step runs on to today, on the right of the dot.
        EXPECT_GE(layout.end.x(), dot.x());

        // On the screen: the dot is drawn where the layout says.
        const QImage image = chart->grab().toImage();
        EXPECT_EQ(image.pixelColor(dot.toPoint()), chart->palette().color(QPalette::Highlight));
    }
}

} // namespace
} // namespace ladder
