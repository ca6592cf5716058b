// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import…: the preview shows the format, the counts and the first
// rows and writes nothing; the import button writes the plan in one undoable
// step; a second import of the same file finds everything present; a broken
// file shows its FILE: place and cannot be imported; choosing another format
// reads the file again. File ▸ Export writes a jrnl journal file.

#include "UiTestSupport.h"

#include "dialogs/ImportDialog.h"
#include "FileDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace ladder;

namespace {

// A jrnl JSON export, as `jrnl --export json` writes it: three entries, one
// starred, tags with their symbol, one of them a skill of the built-in
// framework.
QByteArray jrnlExport(const QString &secondDate = QStringLiteral("2026-03-05"))
{
    return QStringLiteral(R"({
    "tags": {"@oncall": 1, "@debugging": 1},
    "entries": [
        {"title": "Fixed the flaky payment test.", "body": "It raced the clock.", "date": "2026-03-04", "time": "09:15",
         "tags": ["@debugging"], "starred": true},
        {"title": "Ran the failover drill.", "body": "", "date": "%1", "time": "17:30", "tags": ["@oncall"], "starred": false},
        {"title": "Wrote the upgrade guide.", "body": "Two pages.\n\nReviewed by the team.", "date": "2026-03-09", "time": "11:00",
         "tags": [], "starred": false}
    ]
})")
        .arg(secondDate)
        .toUtf8();
}

class ImportDialogTest : public UiTest
{
protected:
    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
        return path;
    }

    // Chooses `path` in File ▸ Import… and returns the preview.
    ImportDialog *openImport(const QString &path)
    {
        FileDialog::setNextFileName(path);
        find<QAction>(QStringLiteral("importAction"))->trigger();
        ImportDialog *dialog = nullptr;
        static_cast<void>(QTest::qWaitFor([&] { return (dialog = window().findChild<ImportDialog *>()) && dialog->isVisible(); }, 5000));
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    qint64 winCount() { return *ws().journal().count(WinFilter()); }
};

TEST_F(ImportDialogTest, PreviewShowsCountsAndRowsAndWritesNothingUntilImported)
{
    ImportDialog *dialog = openImport(writeFile(QStringLiteral("journal.json"), jrnlExport()));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(findIn<QComboBox>(dialog, QStringLiteral("importFormat"))->currentIndex(), 0); // recognised
    const QString summary = findIn<QLabel>(dialog, QStringLiteral("importSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("jrnl"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 new wins, 0 already imported"))) << summary.toStdString();
    auto *preview = findIn<QTableWidget>(dialog, QStringLiteral("importPreview"));
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("★ Fixed the flaky payment test."));
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("@debugging")); // a skill of the framework
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("#oncall"));
    EXPECT_EQ(preview->item(2, 3)->text(), QStringLiteral("new"));
    EXPECT_EQ(winCount(), 0) << "the preview wrote to the database";

    auto *import = findIn<QPushButton>(dialog, QStringLiteral("importButton"));
    EXPECT_EQ(import->text(), QStringLiteral("Import 3 wins"));
    QTest::mouseClick(import, Qt::LeftButton);
    EXPECT_EQ(winCount(), 3);
    const QList<Win> wins = *ws().journal().list(WinFilter());
    ASSERT_EQ(wins.size(), 3);
    const Win &fixed = wins.last(); // oldest last
    EXPECT_EQ(fixed.title, QStringLiteral("Fixed the flaky payment test."));
    EXPECT_EQ(fixed.date, QDate(2026, 3, 4));
    EXPECT_TRUE(fixed.starred);
    EXPECT_EQ(fixed.skillSlugs, QStringList{QStringLiteral("debugging")});
    EXPECT_TRUE(fixed.tags.isEmpty());
    EXPECT_TRUE(fixed.source.startsWith(QStringLiteral("jrnl:"))) << fixed.source.toStdString();
    EXPECT_EQ(wins.at(1).tags, QStringList{QStringLiteral("oncall")});
}

TEST_F(ImportDialogTest, TheSameFileAgainFindsEverythingPresent)
{
    const QString path = writeFile(QStringLiteral("journal.json"), jrnlExport());
    QTest::mouseClick(findIn<QPushButton>(openImport(path), QStringLiteral("importButton")), Qt::LeftButton);
    ASSERT_EQ(winCount(), 3);

    // One entry changed in the file since: only that one is new.
    writeFile(QStringLiteral("journal.json"), jrnlExport(QStringLiteral("2026-03-06")));
    ImportDialog *again = openImport(path);
    ASSERT_NE(again, nullptr);
    const QString summary = findIn<QLabel>(again, QStringLiteral("importSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 new wins, 2 already imported"))) << summary.toStdString();
    auto *preview = findIn<QTableWidget>(again, QStringLiteral("importPreview"));
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("already imported"));
    EXPECT_EQ(preview->item(1, 3)->text(), QStringLiteral("new"));
    QTest::mouseClick(findIn<QPushButton>(again, QStringLiteral("importButton")), Qt::LeftButton);
    EXPECT_EQ(winCount(), 4);

    ImportDialog *third = openImport(path);
    ASSERT_NE(third, nullptr);
    EXPECT_FALSE(findIn<QPushButton>(third, QStringLiteral("importButton"))->isEnabled());
    third->reject();
}

TEST_F(ImportDialogTest, ABrokenFileNamesThePlaceAndCannotBeImported)
{
    ImportDialog *dialog = openImport(writeFile(QStringLiteral("broken.json"), jrnlExport(QStringLiteral("2026-13-40"))));
    ASSERT_NE(dialog, nullptr);
    const QString summary = findIn<QLabel>(dialog, QStringLiteral("importSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("broken.json"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("entries[1]"))) << summary.toStdString();
    EXPECT_FALSE(findIn<QPushButton>(dialog, QStringLiteral("importButton"))->isEnabled());
    EXPECT_EQ(findIn<QTableWidget>(dialog, QStringLiteral("importPreview"))->rowCount(), 0);
    dialog->reject();
    EXPECT_EQ(winCount(), 0);
}

TEST_F(ImportDialogTest, UndoTakesTheImportOutAndRedoPutsTheSameWinsBack)
{
    const QString path = writeFile(QStringLiteral("journal.json"), jrnlExport());
    QTest::mouseClick(findIn<QPushButton>(openImport(path), QStringLiteral("importButton")), Qt::LeftButton);
    const QList<Win> imported = *ws().journal().list(WinFilter());
    ASSERT_EQ(imported.size(), 3);
    QUndoStack *undo = window().session()->undoStack();
    undo->undo();
    EXPECT_EQ(winCount(), 0);
    undo->redo();
    const QList<Win> back = *ws().journal().list(WinFilter());
    ASSERT_EQ(back.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(back.at(i).uuid, imported.at(i).uuid);
        EXPECT_EQ(back.at(i).source, imported.at(i).source);
    }
    // Still the same wins: importing the file again adds none.
    ImportDialog *again = openImport(path);
    ASSERT_NE(again, nullptr);
    EXPECT_FALSE(findIn<QPushButton>(again, QStringLiteral("importButton"))->isEnabled());
    again->reject();
}

TEST_F(ImportDialogTest, ChoosingAnotherFormatReadsTheFileAgain)
{
    ImportDialog *dialog = openImport(writeFile(QStringLiteral("journal.json"), jrnlExport()));
    ASSERT_NE(dialog, nullptr);
    auto *format = findIn<QComboBox>(dialog, QStringLiteral("importFormat"));
    auto *summary = findIn<QLabel>(dialog, QStringLiteral("importSummary"));
    auto *import = findIn<QPushButton>(dialog, QStringLiteral("importButton"));
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Cannot import"))) << summary->text().toStdString();
    EXPECT_FALSE(import->isEnabled());
    format->setCurrentIndex(0);
    EXPECT_TRUE(import->isEnabled());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("3 new wins"))) << summary->text().toStdString();
    dialog->reject();
    EXPECT_EQ(winCount(), 0);
}

// File ▸ Export ▸ Wins as a jrnl journal file: the file jrnl --import reads.
TEST_F(ImportDialogTest, ExportsTheWinsAsAJrnlJournalFile)
{
    Win win;
    win.date = QDate(2026, 3, 4);
    win.title = QStringLiteral("Fixed the flaky payment test");
    win.starred = true;
    ASSERT_TRUE(ws().journal().add(win).ok());
    const QString path = m_dir.file(QStringLiteral("wins-jrnl.txt"));
    FileDialog::setNextFileName(path);
    find<QAction>(QStringLiteral("exportJrnlTextAction"))->trigger();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().toStdString(), "[2026-03-04 09:00] Fixed the flaky payment test *\n");
}

} // namespace
