// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Harvest from git…: a repository chosen through the FileDialog seam,
// the author prefilled from its user.email, two candidates checked and added
// as wins in one undoable step.

#include "UiTestSupport.h"

#include "application/Harvest.h"
#include "dialogs/HarvestDialog.h"
#include "FileDialog.h"
#include "GitTestRepo.h"
#include "models/WinListModel.h"
#include "TempDir.h"
#include "views/WinsView.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace ladder {
namespace {

using HarvestDialogTest = UiTest;

TEST_F(HarvestDialogTest, CheckedCandidatesBecomeWinsInOneUndoableStep)
{
    TempDir dir;
    GitTestRepo repo(dir.file(QStringLiteral("project")));
    repo.commit(QStringLiteral("feat(parser): add tokenizer"), QStringLiteral("2026-03-02T10:00:00+01:00"));
    repo.commit(QStringLiteral("Update README wording"), QStringLiteral("2026-03-03T09:00:00+01:00"));
    repo.commit(QStringLiteral("docs: explain setup"), QStringLiteral("2026-03-04T09:00:00+01:00"));

    find<QAction>(QStringLiteral("harvestAction"))->trigger();
    HarvestDialog *dialog = nullptr;
    LADDER_TRY_TRUE((dialog = window().findChild<HarvestDialog *>(QStringLiteral("harvestDialog"))) != nullptr);
    FileDialog::setNextFileName(repo.path());
    QTest::mouseClick(findIn<QPushButton>(dialog, QStringLiteral("harvestChoose")), Qt::LeftButton);

    EXPECT_EQ(findIn<QLineEdit>(dialog, QStringLiteral("harvestAuthor"))->text(), QStringLiteral("ada@example.com"));
    auto *list = findIn<QListWidget>(dialog, QStringLiteral("harvestList"));
    ASSERT_EQ(list->count(), 3);
    auto *add = findIn<QPushButton>(dialog, QStringLiteral("harvestAdd"));
    // Nothing is kept unless chosen.
    EXPECT_FALSE(add->isEnabled());
    for (int row = 0; row < list->count(); ++row)
        EXPECT_EQ(list->item(row)->checkState(), Qt::Unchecked);
    list->item(0)->setCheckState(Qt::Checked);
    list->item(2)->setCheckState(Qt::Checked);
    EXPECT_EQ(add->text(), QStringLiteral("Add 2 wins"));
    EXPECT_TRUE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    LADDER_TRY_TRUE(window().findChild<HarvestDialog *>(QStringLiteral("harvestDialog")) == nullptr);

    Result<QList<Win>> wins = ws().journal().list({});
    ASSERT_TRUE(wins.ok());
    QStringList titles;
    for (const Win &w : *wins) {
        titles << w.title;
        EXPECT_TRUE(w.source.startsWith(QStringLiteral("git:")));
        EXPECT_EQ(w.tags, QStringList{QStringLiteral("project")});
    }
    titles.sort();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Explain setup"), QStringLiteral("parser: Add tokenizer")}));
    window().showPage(MainWindow::WinsPage);
    LADDER_TRY_EQ(window().winsView()->model()->rowCount(), 2);

    // One step: undo takes both back, and their commits are proposed again.
    shortcut(Qt::Key_Z);
    EXPECT_EQ(*ws().journal().count({}), 0);
    LADDER_TRY_EQ(window().winsView()->model()->rowCount(), 0);
    Result<QList<HarvestCandidate>> again = ws().harvest().candidates({repo.path()}, {}, std::nullopt);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->size(), 3);
}

} // namespace
} // namespace ladder
