// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: Ladder's own text from translations/ladder_de.ts, Qt's
// own buttons from the system's Qt translations, and menus whose keyboard
// mnemonics still lead to one entry each.

#include "UiTestSupport.h"

#include "dialogs/QuickAddDialog.h"
#include "models/WinListModel.h"
#include "Translations.h"
#include "views/WinsView.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>

#include <map>

namespace ladder {
namespace {

// The window built after German translators are installed, as main() does
// for a German locale; they are removed again after the test.
class GermanWindowTest : public UiTest
{
protected:
    void SetUp() override
    {
        m_german = std::make_unique<Translations>(QLocale(QLocale::German, QLocale::Germany));
        ASSERT_TRUE(m_german->hasLadder()) << "ladder_de.qm is not embedded";
        UiTest::SetUp();
    }
    void TearDown() override
    {
        UiTest::TearDown();
        m_german.reset();
    }

    std::unique_ptr<Translations> m_german;
};

// The letter after a single '&' (upper-cased), or none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
        ++i;
    }
    return {};
}

// "letter: text, text" for each mnemonic letter two texts share.
QStringList clashes(const QStringList &texts)
{
    std::map<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        if (!mnemonic(text).isNull())
            byLetter[mnemonic(text)] << text;
    }
    QStringList found;
    for (const auto &[letter, shared] : byLetter) {
        if (shared.size() > 1)
            found << QString(letter) + QStringLiteral(": ") + shared.join(QStringLiteral(", "));
    }
    return found;
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList result;
    for (const QAction *action : actions)
        result << action->text();
    return result;
}

// The texts of a page's buttons, labels and tabs that can be seen together.
QStringList texts(QWidget *page)
{
    QStringList result;
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page))
            result << button->text();
    }
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->isVisibleTo(page) && label->buddy())
            result << label->text();
    }
    for (const QTabBar *tabs : page->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            result << tabs->tabText(i);
    }
    return result;
}

TEST_F(GermanWindowTest, MenusAndActionsAreGerman)
{
    EXPECT_EQ(find<QMenu>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&Datei"));
    EXPECT_EQ(find<QMenu>(QStringLiteral("helpMenu"))->title(), QStringLiteral("&Hilfe"));
    EXPECT_EQ(find<QAction>(QStringLiteral("quickAddAction"))->text(), QStringLiteral("Erfolg e&rfassen…"));
    EXPECT_EQ(find<QAction>(QStringLiteral("backupAction"))->text(), QStringLiteral("&Sichern…"));
}

TEST_F(GermanWindowTest, QtsOwnButtonsAreGermanToo)
{
    ASSERT_TRUE(m_german->hasQt()) << "qtbase_de.qm missing: install qt6-translations-l10n (scripts/install-deps.sh)";
    QuickAddDialog *dialog = openQuickAdd();
    ASSERT_NE(dialog, nullptr);
    auto *buttons = findIn<QDialogButtonBox>(dialog, QStringLiteral("quickAddButtons"));
    ASSERT_NE(buttons, nullptr);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Save)->text(), QStringLiteral("Speichern"));
    EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    EXPECT_EQ(clashes(texts(dialog)), QStringList{});
    dialog->reject();
}

TEST_F(GermanWindowTest, EachMnemonicOfAMenuLeadsToOneEntry)
{
    EXPECT_EQ(clashes(texts(window().menuBar()->actions())), QStringList{});
    const QList<QMenu *> menus = window().findChildren<QMenu *>();
    ASSERT_FALSE(menus.isEmpty());
    for (const QMenu *menu : menus)
        EXPECT_EQ(clashes(texts(menu->actions())), QStringList{}) << menu->title().toStdString();
}

TEST_F(GermanWindowTest, EachMnemonicOfAPageLeadsToOneControl)
{
    auto *pages = find<QStackedWidget>(QStringLiteral("pages"));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window().showPage(MainWindow::Page(page));
        EXPECT_EQ(clashes(texts(pages->currentWidget())), QStringList{}) << "page " << page;
    }
}

// Dates shown to people follow the locale (with the full year); what the
// model gives for editing stays a QDate.
TEST_F(GermanWindowTest, DatesInTheWindowFollowTheLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    addWin(QStringLiteral("Led the failover drill"), QDate(2026, 11, 9));
    window().showPage(MainWindow::WinsPage);
    const WinListModel *model = window().winsView()->model();
    LADDER_TRY_EQ(model->rowCount(), 1);
    const QModelIndex date = model->index(0, WinListModel::DateColumn);
    EXPECT_EQ(date.data().toString(), QStringLiteral("09.11.2026"));
    EXPECT_EQ(date.data(Qt::EditRole).toDate(), QDate(2026, 11, 9));
    QLocale::setDefault(before);
}

} // namespace
} // namespace ladder
