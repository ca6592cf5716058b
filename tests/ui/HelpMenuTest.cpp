// SPDX-License-Identifier: GPL-3.0-or-later
// Help: the user guide from docs/user-guide.md, the shortcut overview made
// from the menus, About Ladder; View ▸ Theme: light, dark, the desktop's.

#include "UiTestSupport.h"

#include "dialogs/UserGuideDialog.h"
#include "MessageBox.h"
#include "StatusColors.h"
#include "Theme.h"
#include "views/GoalsView.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>

namespace ladder {
namespace {

using HelpMenuTest = UiTest;

// The first heading of docs/user-guide.md, read from the source tree: the
// window must show that very file.
QString firstHeading()
{
    QFile file(QStringLiteral(LADDER_SOURCE_DIR "/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    }
    return {};
}

TEST_F(HelpMenuTest, TheUserGuideIsTheMarkdownOfDocs)
{
    const QString heading = firstHeading();
    ASSERT_FALSE(heading.isEmpty());
    shortcut(Qt::Key_F1, Qt::NoModifier);
    auto *dialog = window().findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(heading)) << text.left(80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Job 1: log wins")));
    // Rendered, not shown as source: no heading marks nor picture syntax left.
    EXPECT_FALSE(text.contains(QStringLiteral("## Job 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("![")));
    // A second F1 brings the same window up.
    EXPECT_EQ(window().showUserGuide(), dialog);
}

TEST_F(HelpMenuTest, TheShortcutOverviewListsTheMenusActions)
{
    auto *action = find<QAction>(QStringLiteral("shortcutsAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *tree = window().findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    ASSERT_NE(tree, nullptr);
    QStringList rows;
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *menu = tree->topLevelItem(top);
        for (int i = 0; i < menu->childCount(); ++i)
            rows << menu->child(i)->text(0) + QStringLiteral(" = ") + menu->child(i)->text(1);
    }
    const QString ctrlN = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    EXPECT_TRUE(rows.contains(QStringLiteral("Log a win… = ") + ctrlN)) << rows.join(QStringLiteral("; ")).toStdString();
    // The goal actions are there too, read from the Goal menu.
    const QString newGoal = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G).toString(QKeySequence::NativeText);
    EXPECT_TRUE(rows.contains(QStringLiteral("New goal… = ") + newGoal)) << rows.join(QStringLiteral("; ")).toStdString();
}

TEST_F(HelpMenuTest, AboutSaysVersionLicenceQtAndTheDatabase)
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto *action = find<QAction>(QStringLiteral("aboutAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_EQ(MessageBox::takeCount(), 1);
    const QString text = MessageBox::lastText();
    EXPECT_TRUE(text.contains(window().session()->path().toHtmlEscaped())) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(text.contains(QStringLiteral("General Public License")));
    EXPECT_NE(find<QAction>(QStringLiteral("aboutQtAction")), nullptr);
}

TEST_F(HelpMenuTest, ThemeChangesThePaletteAtOnceAndIsRememberedForTheNextStart)
{
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    auto *dark = find<QAction>(QStringLiteral("theme-dark"));
    ASSERT_NE(dark, nullptr);
    dark->trigger();
    EXPECT_TRUE(dark->isChecked());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), Theme::dark().color(QPalette::Window));
    LADDER_TRY_TRUE(StatusColors::isDark(window().palette()));
    LADDER_TRY_TRUE(StatusColors::isDark(window().goalsView()->palette()));
    EXPECT_EQ(Theme::stored(), Theme::Dark);

    // The next start: main() applies the stored theme; the menu shows it.
    m_window.reset();
    Theme::apply(Theme::System);
    Theme::applyStored();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), Theme::dark().color(QPalette::Window));
    m_window = std::make_unique<MainWindow>();
    EXPECT_TRUE(find<QAction>(QStringLiteral("theme-dark"))->isChecked());

    find<QAction>(QStringLiteral("theme-light"))->trigger();
    EXPECT_FALSE(StatusColors::isDark(QApplication::palette()));
    find<QAction>(QStringLiteral("theme-system"))->trigger();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), lightWindow);
    EXPECT_EQ(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("system"));
}

} // namespace
} // namespace ladder
