// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard only: every action of the menus has a shortcut (or is a rare one
// listed here), and no two mnemonics (Alt+letter) clash: not within a menu,
// not between the menu bar and what a page shows.

#include "UiTestSupport.h"

#include "FirstRunPage.h"
#include "views/GoalsView.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>

namespace ladder {
namespace {

using KeyboardTest = UiTest;

// The letter after a single '&' ("Mark d&one": 'o'); none for "&&" or no '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "o: Mark d&one, Re&open" for each letter used more than once.
QStringList clashes(const QStringList &texts)
{
    QMap<QChar, QStringList> byKey;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (!key.isNull())
            byKey[key] << text;
    }
    QStringList found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            found << QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return found;
}

// What Alt+letter reaches in the window as it is now: the menu bar's titles,
// and the visible buttons, labels with a buddy, group boxes and tabs.
QStringList windowMnemonics(MainWindow &window)
{
    QStringList texts;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->isVisible())
            texts << menu->text();
    }
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != &window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
    }
    return texts;
}

// Menu entries that need no shortcut: done seldom, and reached by the menu's
// mnemonics. Menus filled at run time (recent files) are left out whole.
const QSet<QString> rareActions = {
    QStringLiteral("backupAction"),     QStringLiteral("harvestAction"),        QStringLiteral("mergeDatabaseAction"),
    QStringLiteral("setUpAction"),      QStringLiteral("exportMarkdownAction"), QStringLiteral("exportCsvAction"),
    QStringLiteral("exportJrnlAction"), QStringLiteral("exportJrnlTextAction"), QStringLiteral("exportLadderAction"),
    QStringLiteral("theme-system"),     QStringLiteral("theme-light"),          QStringLiteral("theme-dark"),
    QStringLiteral("aboutAction"),      QStringLiteral("aboutQtAction"),
};
const QSet<QString> dynamicMenus = {QStringLiteral("recentMenu")};

void checkMenu(QMenu *menu, QStringList &withoutShortcut, QStringList &menuClashes)
{
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (QMenu *sub = action->menu()) {
            if (!dynamicMenus.contains(sub->objectName()))
                checkMenu(sub, withoutShortcut, menuClashes);
            continue;
        }
        if (action->shortcut().isEmpty() && !rareActions.contains(action->objectName()))
            withoutShortcut << menu->objectName() + QStringLiteral(" > ") + action->text() + QStringLiteral(" (") + action->objectName()
                    + QLatin1Char(')');
    }
    for (const QString &clash : clashes(texts))
        menuClashes << menu->objectName() + QStringLiteral(" > ") + clash;
}

TEST_F(KeyboardTest, EveryMenuActionHasAShortcutAndNoMnemonicClashesInAMenu)
{
    QStringList withoutShortcut;
    QStringList menuClashes;
    const QList<QAction *> menus = window().menuBar()->actions();
    for (QAction *entry : menus) {
        ASSERT_NE(entry->menu(), nullptr);
        checkMenu(entry->menu(), withoutShortcut, menuClashes);
    }
    EXPECT_EQ(withoutShortcut, QStringList());
    EXPECT_EQ(menuClashes, QStringList());
    EXPECT_EQ(clashes(windowMnemonics(window())).filter(QStringLiteral("&File")), QStringList());
}

TEST_F(KeyboardTest, NoMnemonicClashesBetweenTheMenuBarAndAnyPage)
{
    // With data, so that every page shows its buttons and detail panes.
    const qint64 goal = addGoal(QStringLiteral("Lead the payments migration"), {QStringLiteral("system-design")},
                                {QStringLiteral("Write the plan")}, today().addMonths(2));
    addWin(QStringLiteral("Wrote the migration plan"), today(), {QStringLiteral("system-design")}, {}, true, {}, {}, {goal});
    rate(QStringLiteral("system-design"), 2, today());
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window().showPage(MainWindow::Page(page));
        QApplication::processEvents();
        EXPECT_EQ(clashes(windowMnemonics(window())), QStringList()) << "page " << page;
    }
    window().showFirstRun();
    ASSERT_TRUE(window().isFirstRunShowing());
    EXPECT_EQ(clashes(windowMnemonics(window())), QStringList()) << "first-run page";
}

TEST_F(KeyboardTest, GoalActionsWorkFromTheMenuAndItsShortcutsOnAnyPage)
{
    const qint64 goal = addGoal(QStringLiteral("Run the incident review"), {}, {QStringLiteral("Book the room")});
    // On another page the goal actions have no goal in sight: disabled.
    window().showPage(MainWindow::WinsPage);
    EXPECT_FALSE(find<QAction>(QStringLiteral("goalDoneAction"))->isEnabled());
    EXPECT_TRUE(find<QAction>(QStringLiteral("newGoalAction"))->isEnabled());
    window().showPage(MainWindow::GoalsPage);
    // Ctrl+Shift+M: the milestone line, ready for typing.
    shortcut(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), find<QWidget>(QStringLiteral("newMilestone")));
    // Ctrl+Shift+T ticks the milestone: one undoable step.
    shortcut(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    LADDER_TRY_TRUE(ws().goals().get(goal)->milestones.first().isDone());
    // Ctrl+Shift+D marks the goal done.
    shortcut(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(ws().goals().get(goal)->status, GoalStatus::Done);
    EXPECT_FALSE(find<QAction>(QStringLiteral("goalDoneAction"))->isEnabled());
    EXPECT_TRUE(find<QAction>(QStringLiteral("goalReopenAction"))->isEnabled());
    auto *menu = find<QMenu>(QStringLiteral("goalMenu"));
    EXPECT_TRUE(menu->actions().contains(find<QAction>(QStringLiteral("newGoalAction"))));
}

} // namespace
} // namespace ladder
