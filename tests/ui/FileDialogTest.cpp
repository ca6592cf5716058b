// SPDX-License-Identifier: GPL-3.0-or-later
// The file dialogs never touch the database's files (issue "Nothing lost",
// docs/reliability.md): a dialog that guesses file types from their content
// opens and closes the database, and since POSIX locks belong to the process
// that close drops SQLite's locks; the next ladder-cli run then deletes the
// write-ahead log the window still writes to, and the window's wins are lost.
// Driven through the real window, its real dialog and the real ladder-cli.

#include "UiTestSupport.h"

#include "dialogs/QuickAddDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>

namespace ladder {
namespace {

class FileDialogTest : public UiTest
{
protected:
    // Shows File ▸ Open… (or any dialog `trigger` opens) on the database's
    // folder for real, waits until it has listed the folder and described
    // the database file, and cancels it.
    void showAndCancelFileDialog(const QString &actionName)
    {
        bool described = false;
        whenModal<QFileDialog>([&](QFileDialog *dialog) {
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (model) {
                static_cast<void>(QTest::qWaitFor(
                    [&] {
                        const QModelIndex file = model->index(dbPath());
                        // The "Type" column: filled in once the dialog has looked at the file.
                        described = file.isValid() && !model->type(file).isEmpty() && !model->fileIcon(file).isNull();
                        return described;
                    },
                    10000));
            }
            // Let the dialog finish what it does with the folder's other files too.
            QTest::qWait(200);
            dialog->reject();
        });
        QAction *action = find<QAction>(actionName);
        ASSERT_NE(action, nullptr);
        action->trigger();
        EXPECT_TRUE(described) << "the dialog never listed " << dbPath().toStdString();
    }

    void quickAdd(const QString &title)
    {
        QuickAddDialog *dialog = openQuickAdd();
        ASSERT_NE(dialog, nullptr);
        auto *line = findIn<QLineEdit>(dialog, QStringLiteral("quickAddTitle"));
        QTest::keyClicks(line, title);
        QTest::keyClick(line, Qt::Key_Return);
        LADDER_TRY_TRUE(window().quickAddDialog() == nullptr);
    }

    QStringList titlesSeenByCli()
    {
        QStringList titles;
        const QJsonArray wins
            = QJsonDocument::fromJson(cli({QStringLiteral("win"), QStringLiteral("list"), QStringLiteral("--json")})).array();
        for (const QJsonValue &win : wins)
            titles << win.toObject().value(QStringLiteral("title")).toString();
        titles.sort();
        return titles;
    }

    QStringList titlesSeenByWindow()
    {
        QStringList titles;
        Result<QList<Win>> wins = ws().journal().list({});
        EXPECT_TRUE(wins.ok());
        for (const Win &win : wins.ok() ? *wins : QList<Win>())
            titles << win.title;
        titles.sort();
        return titles;
    }

    // The window's connection still holds SQLite's locks on the database:
    // a reader in WAL mode keeps a shared lock on the -shm file all along.
    bool holdsLocks()
    {
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly))
            return true; // not Linux: nothing to read
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 5 && fields.at(1) == "POSIX" && fields.at(4) == pid)
                return true;
        }
        return false;
    }
};

TEST_F(FileDialogTest, OpenDialogOnTheDatabaseFolderLosesNoWrite)
{
    quickAdd(QStringLiteral("Before the dialog"));
    ASSERT_TRUE(holdsLocks());
    showAndCancelFileDialog(QStringLiteral("openDatabaseAction"));
    EXPECT_TRUE(holdsLocks()) << "the dialog dropped SQLite's locks on " << dbPath().toStdString();

    cli({QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("From the command line")});
    quickAdd(QStringLiteral("From the window after the dialog"));
    cli({QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("From the command line again")});
    quickAdd(QStringLiteral("From the window at the end"));

    const QStringList all
        = {QStringLiteral("Before the dialog"), QStringLiteral("From the command line"), QStringLiteral("From the command line again"),
           QStringLiteral("From the window after the dialog"), QStringLiteral("From the window at the end")};
    EXPECT_EQ(titlesSeenByCli(), all);
    notify();
    EXPECT_EQ(titlesSeenByWindow(), all);
    // And after the window has closed its connection.
    m_window.reset();
    Result<std::unique_ptr<Workspace>> reopened = Workspace::open(dbPath());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message().toStdString();
    EXPECT_EQ(*(*reopened)->journal().count({}), all.size());
}

TEST_F(FileDialogTest, BackUpDialogInTheDatabaseFolderKeepsTheLocks)
{
    showAndCancelFileDialog(QStringLiteral("backupAction"));
    EXPECT_TRUE(holdsLocks());
    cli({QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("From the command line")});
    quickAdd(QStringLiteral("From the window"));
    EXPECT_EQ(titlesSeenByCli(), (QStringList{QStringLiteral("From the command line"), QStringLiteral("From the window")}));
}

} // namespace
} // namespace ladder
