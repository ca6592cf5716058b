// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: Ladder's own text from translations/ladder_de.ts, Qt's
// own buttons from the system's Qt translations, and menus whose keyboard
// mnemonics still lead to one entry each.

#include "UiTestSupport.h"

#include "dialogs/QuickAddDialog.h"
#include "models/WinListModel.h"
#include "Translations.h"
#include "views/WinsView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

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

// "letter: text, text" for each mnemonic letter two entries share.
QStringList clashes(const QList<QAction *> &actions)
{
    std::map<QChar, QStringList> byLetter;
    for (const QAction *action : actions) {
        if (!action->isSeparator() && !mnemonic(action->text()).isNull())
            byLetter[mnemonic(action->text())] << action->text();
    }
    QStringList found;
    for (const auto &[letter, texts] : byLetter) {
        if (texts.size() > 1)
            found << QString(letter) + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
    }
    return found;
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
    dialog->reject();
}

TEST_F(GermanWindowTest, EachMnemonicOfAMenuLeadsToOneEntry)
{
    EXPECT_EQ(clashes(window().menuBar()->actions()), QStringList{});
    const QList<QMenu *> menus = window().findChildren<QMenu *>();
    ASSERT_FALSE(menus.isEmpty());
    for (const QMenu *menu : menus)
        EXPECT_EQ(clashes(menu->actions()), QStringList{}) << menu->title().toStdString();
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
