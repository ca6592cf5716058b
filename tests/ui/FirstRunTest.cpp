// SPDX-License-Identifier: GPL-3.0-or-later
// The first run of a new journal: framework, current level and the level
// aimed for on one page instead of a dashboard of unrated gaps; skipped once
// it stays away; File ▸ Set up… brings it back.

#include "UiTestSupport.h"

#include "engine/LevelLookup.h"
#include "FileDialog.h"
#include "FirstRunPage.h"
#include "io/FrameworkFormat.h"
#include "views/DashboardView.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>

namespace ladder {
namespace {

class FirstRunTest : public UiTest
{
protected:
    // The window as a new user starts it: the journal is new and its first
    // run not dealt with yet.
    void reopenAsNew()
    {
        m_window.reset();
        FirstRunPage::setSettled(dbPath(), false);
        startWindow();
    }

    void click(const QString &name)
    {
        auto *button = find<QPushButton>(name);
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

TEST_F(FirstRunTest, ANewJournalAsksForFrameworkAndLevelsAndStoresThemAsOneUndoableStep)
{
    reopenAsNew();
    ASSERT_TRUE(window().isFirstRunShowing());
    EXPECT_TRUE(window().firstRunPage()->isVisible());
    EXPECT_FALSE(window().dashboardView()->isVisible());

    const QList<Level> levels = LevelLookup::byRank(window().session()->framework());
    ASSERT_GE(levels.size(), 3);
    auto *framework = find<QComboBox>(QStringLiteral("firstRunFramework"));
    EXPECT_EQ(framework->currentData().toString(), window().session()->framework().slug);
    auto *current = find<QComboBox>(QStringLiteral("firstRunCurrent"));
    auto *target = find<QComboBox>(QStringLiteral("firstRunTarget"));
    ASSERT_EQ(current->count(), levels.size());
    // Choosing the level now moves the one aimed for to the next.
    current->setCurrentIndex(1);
    EXPECT_EQ(target->currentData().toString(), levels.at(2).slug);
    target->setCurrentIndex(levels.size() - 1);

    click(QStringLiteral("firstRunStart"));
    EXPECT_FALSE(window().isFirstRunShowing());
    EXPECT_TRUE(window().dashboardView()->isVisible());
    EXPECT_EQ(window().currentPage(), MainWindow::DashboardPage);
    EXPECT_EQ(*ws().ratings().storedLevel(), levels.at(1).slug);
    EXPECT_EQ(*ws().ratings().targetLevel(), levels.last().slug);
    // What the dashboard and the readiness view measure against; the CLI too.
    EXPECT_EQ(window().session()->defaultTarget(), levels.last().slug);
    EXPECT_TRUE(cli({QStringLiteral("readiness")}).contains(levels.last().name.toUtf8()));

    // One step back: both levels as they were.
    QUndoStack *stack = window().session()->undoStack();
    ASSERT_EQ(stack->count(), 1);
    stack->undo();
    EXPECT_EQ(*ws().ratings().storedLevel(), levels.first().slug);
    EXPECT_EQ(*ws().ratings().storedTarget(), QString());
    EXPECT_EQ(window().session()->defaultTarget(), levels.at(1).slug);

    // Finished once: the next start shows the dashboard.
    window().close();
    m_window.reset();
    MainWindow again;
    ASSERT_TRUE(again.openDatabase(dbPath()));
    EXPECT_FALSE(again.isFirstRunShowing());
}

TEST_F(FirstRunTest, SkippedItStaysAwayAtTheNextStartAndSetUpBringsItBack)
{
    reopenAsNew();
    ASSERT_TRUE(window().isFirstRunShowing());
    const QString level = *ws().ratings().storedLevel();
    click(QStringLiteral("firstRunSkip"));
    EXPECT_FALSE(window().isFirstRunShowing());
    EXPECT_EQ(window().currentPage(), MainWindow::DashboardPage);
    EXPECT_EQ(*ws().ratings().storedLevel(), level);
    EXPECT_EQ(window().session()->undoStack()->count(), 0);

    window().close();
    startWindow();
    EXPECT_FALSE(window().isFirstRunShowing());

    // File ▸ Set up…
    auto *setUp = find<QAction>(QStringLiteral("setUpAction"));
    ASSERT_NE(setUp, nullptr);
    setUp->trigger();
    EXPECT_TRUE(window().isFirstRunShowing());
    find<QComboBox>(QStringLiteral("firstRunCurrent"))->setCurrentIndex(2);
    click(QStringLiteral("firstRunStart"));
    EXPECT_FALSE(window().isFirstRunShowing());
    EXPECT_EQ(*ws().ratings().storedLevel(), LevelLookup::byRank(window().session()->framework()).at(2).slug);
}

TEST_F(FirstRunTest, AJournalWithWinsInItIsNoFirstRun)
{
    addWin(QStringLiteral("Logged from ladder-cli before the window ever opened"), today());
    reopenAsNew();
    EXPECT_FALSE(window().isFirstRunShowing());
    EXPECT_TRUE(window().dashboardView()->isVisible());
}

TEST_F(FirstRunTest, ImportingTheCompanysFrameworkMakesItTheOneAndOffersItsLevels)
{
    reopenAsNew();
    Framework company = *FrameworkFormat::builtIn();
    company.slug = QStringLiteral("acme");
    company.name = QStringLiteral("Acme engineering ladder");
    for (Level &level : company.levels)
        level.name = QStringLiteral("Acme ") + level.name;
    const QString path = m_dir.file(QStringLiteral("acme.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(FrameworkFormat::write(company));
    file.close();

    FileDialog::setNextFileName(path);
    click(QStringLiteral("firstRunImport"));
    EXPECT_EQ(window().session()->framework().slug, QStringLiteral("acme"));
    auto *framework = find<QComboBox>(QStringLiteral("firstRunFramework"));
    EXPECT_EQ(framework->currentText(), QStringLiteral("Acme engineering ladder"));
    auto *current = find<QComboBox>(QStringLiteral("firstRunCurrent"));
    EXPECT_TRUE(current->itemText(0).startsWith(QStringLiteral("Acme ")));
    EXPECT_TRUE(window().isFirstRunShowing());

    // Not a framework: said on the page, nothing changed.
    const QString bad = m_dir.file(QStringLiteral("notes.json"));
    QFile notes(bad);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("{\"hello\": 1}");
    notes.close();
    EXPECT_FALSE(window().firstRunPage()->importFramework(bad));
    EXPECT_TRUE(find<QLabel>(QStringLiteral("firstRunError"))->isVisible());
    EXPECT_EQ(window().session()->framework().slug, QStringLiteral("acme"));
}

} // namespace
} // namespace ladder
