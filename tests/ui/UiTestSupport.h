// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Ratings.h"
#include "application/Review.h"
#include "application/Transfer.h"
#include "application/Workspace.h"
#include "domain/Win.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempDir.h"

#include <QApplication>
#include <QDate>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

class QAbstractItemView;

// Readable failure messages for Qt strings.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

// Waits (running the event loop) until a condition holds, then checks it with
// gtest. QtTest's QTRY_ macros report to QtTest's logger, which a gtest run
// does not watch, so they must not be used here.
#define LADDER_TRY_EQ_T(actual, expected, timeoutMs)                                                                                       \
    do {                                                                                                                                   \
        static_cast<void>(QTest::qWaitFor([&] { return (actual) == (expected); }, timeoutMs));                                             \
        EXPECT_EQ(actual, expected);                                                                                                       \
    } while (false)
#define LADDER_TRY_EQ(actual, expected) LADDER_TRY_EQ_T(actual, expected, 5000)
#define LADDER_TRY_TRUE(condition)                                                                                                         \
    do {                                                                                                                                   \
        static_cast<void>(QTest::qWaitFor([&] { return bool(condition); }, 5000));                                                         \
        EXPECT_TRUE(condition);                                                                                                            \
    } while (false)

namespace ladder {

class QuickAddDialog;

// A real MainWindow, shown (offscreen), on a fresh database in a temporary
// folder, with "today" pinned to 2026-11-20 and QSettings in that folder too,
// so every test starts from nothing and no test sees another's state.
class UiTest : public ::testing::Test
{
protected:
    static QDate today() { return QDate(2026, 11, 20); }

    void SetUp() override;
    void TearDown() override;

    // A new window on the test's database, as at a start of the program
    // (the one before goes first).
    void startWindow();

    MainWindow &window() { return *m_window; }
    Workspace &ws() { return m_window->session()->workspace(); }
    QString dbPath() const { return m_dir.file(QStringLiteral("ladder.db")); }

    // A child of the window by objectName; fails the test when missing.
    template<typename T>
    T *find(const QString &name)
    {
        T *child = m_window->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << "no " << T::staticMetaObject.className() << " named " << name.toStdString();
        return child;
    }
    template<typename T>
    static T *findIn(QWidget *parent, const QString &name)
    {
        T *child = parent ? parent->findChild<T *>(name) : nullptr;
        EXPECT_NE(child, nullptr) << "no " << T::staticMetaObject.className() << " named " << name.toStdString();
        return child;
    }

    // Adds a win through the application layer (test data), then lets the window catch up as it
    // would after any write of ours.
    qint64 addWin(const QString &title, const QDate &date, const QStringList &skills = {}, const QStringList &tags = {},
                  bool starred = false, const QString &body = {}, const QString &impact = {}, const QList<qint64> &goals = {});
    // `count` wins titled "Win number i", one a day back from today (with the
    // skill `debugging`), in one transaction: test data through the store,
    // as the application layer adds one at a time.
    void bulkWins(int count);
    qint64 addGoal(const QString &title, const QStringList &skills, const QStringList &milestones, const QDate &due = {});
    void rate(const QString &slug, int rating, const QDate &date);
    // Runs the real ladder-cli (LADDER_CLI_EXE) on the window's database, as
    // a user would beside the window, and returns its standard output; the
    // test fails when it exits non-zero.
    QByteArray cli(const QStringList &arguments, int *code = nullptr);
    // What the window shows after writes made behind its back.
    void notify();

    // Makes the window the active one (a closed dialog leaves none active on
    // the offscreen platform) and presses a shortcut in it.
    void activate();
    void shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);
    // Presses Ctrl+N in the window and returns the quick-add dialog.
    QuickAddDialog *openQuickAdd();
    // Clicks the centre of an item of a view (scrolling it into sight first).
    static void clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {});
    // Runs `body` on the next modal dialog of type T once it is showing.
    template<typename T, typename F>
    static void whenModal(F body)
    {
        QTimer::singleShot(0, [body] {
            T *dialog = nullptr;
            static_cast<void>(
                QTest::qWaitFor([&] { return (dialog = qobject_cast<T *>(QApplication::activeModalWidget())) != nullptr; }, 5000));
            if (dialog)
                body(dialog);
        });
    }

    TempDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ladder
