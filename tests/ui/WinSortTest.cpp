// SPDX-License-Identifier: GPL-3.0-or-later
// A journal of years: at 100,000 wins the Wins table sorts each column in the
// database (a header click), keeps the sort while the filter changes, and
// "Go to date" reaches the oldest win in one action, reading only the pages
// it shows.

#include "UiTestSupport.h"

#include "models/WinListModel.h"
#include "Seeder.h"
#include "views/WinsView.h"
#include "widgets/WinFilterBar.h"

#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace ladder {
namespace {

constexpr int Wins = 100000;

class WinSortTest : public UiTest
{
protected:
    // One journal of 100,000 wins made for the suite (Seeder::bulk, as the
    // benchmarks make theirs); each test opens its own copy.
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        Result<std::unique_ptr<Workspace>> made = Workspace::open(s_dir->file(QStringLiteral("years.db")));
        ASSERT_TRUE(made.ok());
        ASSERT_TRUE(Seeder::bulk(**made, Wins - 2, 7, today()).ok());
        // The generated wins all have an impact; two without one.
        for (const QDate &day : {today().addDays(-400), today().addDays(-3)}) {
            Win bare;
            bare.title = QStringLiteral("Without an impact");
            bare.date = day;
            ASSERT_TRUE((*made)->journal().add(bare).ok());
        }
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        UiTest::SetUp();
        const QString copy = m_dir.file(QStringLiteral("years.db"));
        ASSERT_TRUE(QFile::copy(s_dir->file(QStringLiteral("years.db")), copy));
        ASSERT_TRUE(window().openDatabase(copy));
        window().showPage(MainWindow::WinsPage);
        m_view = window().winsView();
        m_model = m_view->model();
        m_table = m_view->table();
        LADDER_TRY_EQ(m_model->rowCount(), Wins);
    }

    void clickHeader(int column)
    {
        QHeaderView *header = m_table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    // The first and the last page in the model's order, checked pairwise.
    template<typename Before>
    void expectOrder(Before before)
    {
        for (int row : {0, 1, 2, 3, 100, Wins - 4, Wins - 3, Wins - 2}) {
            const Win *a = m_model->winAt(row);
            const Win *b = m_model->winAt(row + 1);
            ASSERT_TRUE(a && b) << row;
            EXPECT_TRUE(before(*a, *b)) << row << ": " << a->id << " then " << b->id;
        }
    }

    static TempDir *s_dir;
    WinsView *m_view = nullptr;
    WinListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

TempDir *WinSortTest::s_dir = nullptr;

bool newerFirst(const Win &a, const Win &b)
{
    return a.date != b.date ? a.date > b.date : a.id > b.id;
}
bool olderFirst(const Win &a, const Win &b)
{
    return newerFirst(b, a);
}

TEST_F(WinSortTest, EachColumnSortsInTheDatabaseReadingOnlyThePagesShown)
{
    expectOrder(newerFirst);

    clickHeader(WinListModel::TitleColumn);
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Title);
    EXPECT_TRUE(m_model->filter().ascending);
    expectOrder([](const Win &a, const Win &b) {
        const int c = a.title.compare(b.title, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : olderFirst(a, b);
    });
    clickHeader(WinListModel::TitleColumn);
    EXPECT_FALSE(m_model->filter().ascending);
    expectOrder([](const Win &a, const Win &b) {
        const int c = a.title.compare(b.title, Qt::CaseInsensitive);
        return c != 0 ? c > 0 : newerFirst(a, b);
    });

    clickHeader(WinListModel::ImpactColumn);
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Impact);
    // A to Z, the wins without an impact last.
    EXPECT_FALSE(m_model->winAt(0)->impact.isEmpty());
    EXPECT_TRUE(m_model->winAt(Wins - 1)->impact.isEmpty());
    expectOrder([](const Win &a, const Win &b) {
        if (a.impact.isEmpty() != b.impact.isEmpty())
            return b.impact.isEmpty();
        const int c = a.impact.compare(b.impact, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : olderFirst(a, b);
    });

    clickHeader(WinListModel::StarColumn);
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Starred);
    EXPECT_TRUE(m_model->winAt(0)->starred);
    EXPECT_FALSE(m_model->winAt(Wins - 1)->starred);
    expectOrder([](const Win &a, const Win &b) { return a.starred != b.starred ? a.starred : newerFirst(a, b); });

    clickHeader(WinListModel::DateColumn);
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Date);
    expectOrder(newerFirst);
    clickHeader(WinListModel::DateColumn);
    expectOrder(olderFirst);

    // A column that does not sort leaves the order (and the arrow) as it was.
    clickHeader(WinListModel::TagsColumn);
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Date);
    EXPECT_EQ(m_table->horizontalHeader()->sortIndicatorSection(), int(WinListModel::DateColumn));

    // Never more than the pages looked at were read.
    EXPECT_LE(m_model->loadedRows(), 4 * WinListModel::PageSize);
}

TEST_F(WinSortTest, TheSortStaysWhileTheFilterChanges)
{
    clickHeader(WinListModel::TitleColumn);
    ASSERT_EQ(m_model->filter().sort, WinFilter::Sort::Title);
    m_view->filterBar()->searchBox()->setText(QStringLiteral("failover"));
    LADDER_TRY_EQ(m_model->filter().query, QStringLiteral("failover"));
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Title);
    EXPECT_EQ(m_table->horizontalHeader()->sortIndicatorSection(), int(WinListModel::TitleColumn));
    ASSERT_GT(m_model->rowCount(), 2);
    EXPECT_LE(m_model->winAt(0)->title.compare(m_model->winAt(1)->title, Qt::CaseInsensitive), 0);
}

TEST_F(WinSortTest, GoToDateReachesTheOldestWinInOneAction)
{
    WinFilter oldestFirst;
    oldestFirst.ascending = true;
    oldestFirst.limit = 1;
    const Win oldest = ws().journal().list(oldestFirst)->first();

    // Ctrl+G, a day before the journal began, Go.
    whenModal<QDialog>([](QDialog *dialog) {
        dialog->findChild<QDateEdit *>(QStringLiteral("goToDateEdit"))->setDate(QDate(1990, 1, 1));
        dialog->accept();
    });
    activate();
    shortcut(Qt::Key_G);
    EXPECT_EQ(m_view->selectedIds(), QList<qint64>{oldest.id});
    EXPECT_EQ(m_table->currentIndex().row(), Wins - 1);
    EXPECT_TRUE(m_table->viewport()->rect().intersects(m_table->visualRect(m_table->currentIndex())));
    // The page holding it was read, not the 500 before it.
    EXPECT_LE(m_model->loadedRows(), 3 * WinListModel::PageSize);

    // A day in the middle: the newest win on or before it, even from
    // another sort.
    clickHeader(WinListModel::TitleColumn);
    const QDate day = today().addYears(-2);
    ASSERT_TRUE(m_view->goToDate(day));
    EXPECT_EQ(m_model->filter().sort, WinFilter::Sort::Date);
    WinFilter upTo;
    upTo.to = day;
    upTo.limit = 1;
    EXPECT_EQ(m_view->selectedIds(), QList<qint64>{ws().journal().list(upTo)->first().id});
}

} // namespace
} // namespace ladder
