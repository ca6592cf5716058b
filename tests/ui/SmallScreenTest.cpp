// SPDX-License-Identifier: GPL-3.0-or-later
// The window on an 800x600 screen, and on a 1600-pixel laptop screen at 2x
// (the same 800x600 in logical pixels, drawn twice as fine): CTest runs this
// suite once per screen (tests/ui/screens). Every page fits, nothing is cut
// off at the right edge, and the tables show every column without a
// horizontal scrollbar, measured by widget geometry on a year of example data.

#include "UiTestSupport.h"

#include "Seeder.h"
#include "views/GoalsView.h"
#include "views/RoadmapView.h"
#include "views/SkillsView.h"
#include "views/WinsView.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

namespace ladder {
namespace {

class SmallScreenTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        Result<QString> seeded = Seeder::example(ws(), today());
        ASSERT_TRUE(seeded.ok()) << seeded.error().message().toStdString();
        notify();
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        ASSERT_EQ(screen, QSize(800, 600)) << "run with a tests/ui/screens configuration";
        window().resize(screen);
    }

    void show(MainWindow::Page page)
    {
        window().showPage(page);
        QApplication::processEvents();
    }

    // Everything visible on the current page that ends past the window's
    // right edge, by name (or class) and how far past.
    QStringList cutOffAtTheRight()
    {
        QStringList cut;
        QWidget *page = window().findChild<QStackedWidget *>()->currentWidget();
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(&window()) || widget->width() == 0)
                continue;
            const int right = widget->mapTo(&window(), QPoint(widget->width(), 0)).x();
            if (right > window().width())
                cut << (widget->objectName().isEmpty() ? QLatin1String(widget->metaObject()->className()) : widget->objectName())
                        + QStringLiteral(" +%1").arg(right - window().width());
        }
        return cut;
    }

    // Buttons on the current page narrower than their text needs.
    QStringList squeezedButtons()
    {
        QStringList squeezed;
        QWidget *page = window().findChild<QStackedWidget *>()->currentWidget();
        const QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->isVisibleTo(&window()) && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                squeezed << button->text();
        }
        return squeezed;
    }

    // Columns of a table or tree that do not fit its viewport.
    static QStringList columnsOutOfSight(QAbstractItemView *view, QHeaderView *header)
    {
        QStringList out;
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            if (right > view->viewport()->width() + 1)
                out << view->model()->headerData(column, Qt::Horizontal).toString();
        }
        return out;
    }
};

TEST_F(SmallScreenTest, TheWindowFitsTheScreen)
{
    // Which page asks for more, when one does.
    QStringList pages;
    auto *stack = window().findChild<QStackedWidget *>();
    for (int page = 0; page < stack->count(); ++page) {
        const QSize needs = stack->widget(page)->minimumSizeHint();
        pages << QStringLiteral("%1: %2x%3").arg(stack->widget(page)->objectName()).arg(needs.width()).arg(needs.height());
    }
    const QSize minimum = window().minimumSizeHint().expandedTo(window().minimumSize());
    EXPECT_LE(minimum.width(), 800) << pages.join(QStringLiteral(", ")).toStdString();
    EXPECT_LE(minimum.height(), 600) << pages.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(window().width(), 800);
    EXPECT_EQ(window().height(), 600);
}

TEST_F(SmallScreenTest, NoPageIsCutOffAtTheRightOrSqueezesAButton)
{
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        SCOPED_TRACE(page);
        show(MainWindow::Page(page));
        EXPECT_EQ(cutOffAtTheRight(), QStringList());
        EXPECT_EQ(squeezedButtons(), QStringList());
    }
}

TEST_F(SmallScreenTest, TheSkillsTableShowsEveryColumnWithoutScrollingSideways)
{
    show(MainWindow::SkillsPage);
    QTreeView *tree = window().skillsView()->tree();
    EXPECT_FALSE(tree->horizontalScrollBar()->isVisible());
    EXPECT_EQ(columnsOutOfSight(tree, tree->header()), QStringList());
    // Whole names: the widest skill name fits its column.
    const QAbstractItemModel *model = tree->model();
    int widest = 0;
    for (int category = 0; category < model->rowCount(); ++category) {
        const QModelIndex parent = model->index(category, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            widest = std::max(widest, tree->fontMetrics().horizontalAdvance(model->index(row, 0, parent).data().toString()));
    }
    EXPECT_GE(tree->header()->sectionSize(0), widest + tree->indentation());
}

TEST_F(SmallScreenTest, TheRoadmapAndGoalsShowEveryColumn)
{
    show(MainWindow::RoadmapPage);
    QTreeView *roadmap = window().roadmapView()->tree();
    EXPECT_FALSE(roadmap->horizontalScrollBar()->isVisible());
    EXPECT_EQ(columnsOutOfSight(roadmap, roadmap->header()), QStringList());

    show(MainWindow::GoalsPage);
    QTableView *goals = window().goalsView()->table();
    EXPECT_FALSE(goals->horizontalScrollBar()->isVisible());
    EXPECT_EQ(columnsOutOfSight(goals, goals->horizontalHeader()), QStringList());
}

TEST_F(SmallScreenTest, TheDashboardShowsWholeGapNamesBesideTheirBars)
{
    show(MainWindow::DashboardPage);
    auto *gaps = find<QTreeWidget>(QStringLiteral("largestGaps"));
    ASSERT_NE(gaps, nullptr);
    ASSERT_GT(gaps->topLevelItemCount(), 0);
    EXPECT_FALSE(gaps->horizontalScrollBar()->isVisible());
    EXPECT_EQ(columnsOutOfSight(gaps, gaps->header()), QStringList());
    for (int row = 0; row < gaps->topLevelItemCount(); ++row) {
        const QString name = gaps->topLevelItem(row)->text(0);
        EXPECT_GE(gaps->header()->sectionSize(0), gaps->fontMetrics().horizontalAdvance(name)) << name.toStdString();
    }
}

TEST_F(SmallScreenTest, TheWinsTableShowsEveryColumn)
{
    show(MainWindow::WinsPage);
    QTableView *wins = window().winsView()->table();
    EXPECT_FALSE(wins->horizontalScrollBar()->isVisible());
    EXPECT_EQ(columnsOutOfSight(wins, wins->horizontalHeader()), QStringList());
}

} // namespace
} // namespace ladder
