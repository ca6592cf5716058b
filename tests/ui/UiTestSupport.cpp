// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "application/WorkspaceStores.h"
#include "DesktopServices.h"
#include "dialogs/QuickAddDialog.h"
#include "FirstRunPage.h"
#include "MessageBox.h"
#include "Session.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"
#include "Theme.h"

#include <QAbstractItemView>
#include <QProcess>
#include <QSettings>
#include <QTimer>

namespace ladder {

void UiTest::SetUp()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("settings")));
    QSettings().clear();
    Theme::system(); // the desktop's palette, taken before any test changes it
    // A fresh journal shows the first-run page; the tests of other pages
    // start past it (FirstRunTest clears this).
    FirstRunPage::setSettled(dbPath(), true);
    startWindow();
    MessageBox::takeCount();
    DesktopServices::setRecording(true);
    DesktopServices::takeLastUrl();
}

void UiTest::startWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->session()->setToday(today());
    ASSERT_TRUE(m_window->openDatabase(dbPath()));
    m_window->resize(1280, 800);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
}

void UiTest::TearDown()
{
    // A dialog a failed test left open, edits and all: discard them rather
    // than wait on the question closing it would ask.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        modal->close();
    }
    m_window.reset();
    // One QApplication for the whole run: a theme a test chose goes with it.
    Theme::apply(Theme::System);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::takeCount();
}

qint64 UiTest::addWin(const QString &title, const QDate &date, const QStringList &skills, const QStringList &tags, bool starred,
                      const QString &body, const QString &impact, const QList<qint64> &goals)
{
    Win win;
    win.title = title;
    win.date = date;
    win.skillSlugs = skills;
    win.tags = tags;
    win.starred = starred;
    win.body = body;
    win.impact = impact;
    win.goalIds = goals;
    Result<Win> added = ws().journal().add(win);
    EXPECT_TRUE(added.ok()) << (added ? "" : added.error().message().toStdString());
    notify();
    return added ? added->id : 0;
}

void UiTest::bulkWins(int count)
{
    Stores &stores = storesOf(ws());
    Transaction transaction(stores.database());
    for (int i = 0; i < count; ++i) {
        Win win;
        win.title = QStringLiteral("Win number %1").arg(i);
        win.date = today().addDays(-i);
        win.skillSlugs = {QStringLiteral("debugging")};
        ASSERT_TRUE(stores.wins().add(win).ok());
    }
    transaction.commit();
    notify();
}

qint64 UiTest::addGoal(const QString &title, const QStringList &skills, const QStringList &milestones, const QDate &due)
{
    Goal goal;
    goal.title = title;
    goal.skillSlugs = skills;
    goal.createdOn = today().addMonths(-2);
    goal.due = due;
    for (const QString &text : milestones) {
        Milestone m;
        m.text = text;
        goal.milestones << m;
    }
    Result<Goal> added = ws().goals().add(goal);
    EXPECT_TRUE(added.ok()) << (added ? "" : added.error().message().toStdString());
    notify();
    return added ? added->id : 0;
}

void UiTest::rate(const QString &slug, int rating, const QDate &date)
{
    Assessment a;
    a.skillSlug = slug;
    a.rating = rating;
    a.date = date;
    Result<Assessment> rated = ws().ratings().rate(a);
    EXPECT_TRUE(rated.ok()) << (rated ? "" : rated.error().message().toStdString());
    notify();
}

QByteArray UiTest::cli(const QStringList &arguments, int *code)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LADDER_DB"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LADDER_CLI_EXE), QStringList{QStringLiteral("--db"), dbPath()} + arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    if (code)
        *code = process.exitCode();
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

void UiTest::notify()
{
    m_window->session()->notifyChanged();
}

void UiTest::activate()
{
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
}

void UiTest::shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    activate();
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != m_window.get())
        target = m_window.get();
    QTest::keyClick(target, key, modifiers);
}

QuickAddDialog *UiTest::openQuickAdd()
{
    shortcut(Qt::Key_N);
    QuickAddDialog *dialog = nullptr;
    static_cast<void>(QTest::qWaitFor([&] { return (dialog = m_window->quickAddDialog()) != nullptr && dialog->isVisible(); }, 3000));
    EXPECT_NE(dialog, nullptr);
    if (dialog) {
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
    }
    return dialog;
}

void UiTest::clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
}

} // namespace ladder
