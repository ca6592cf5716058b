// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrency: four ladder-cli writers (each 1,000 `win add` processes, one
// after the other) and the core in process (as the GUI uses it: one open
// Workspace, 1,000 adds) write to one file at once, while a reader lists and
// searches. Every win is there with its id and title, every process succeeded
// with empty stderr, and nobody saw "database is locked".
//
// LADDER_CONCURRENCY_WINS changes the 1,000 per writer.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include "application/Journal.h"
#include "application/Workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <thread>

using namespace reliability;
using ladder::Result;

namespace {

struct Writer
{
    int index = 0;
    int started = 0;
    int finished = 0;
    QHash<qint64, QString> ids; // printed id -> title
    QStringList failures;
};

TEST(Concurrency, FourCliWritersTheCoreAndAReaderAtOnce)
{
    const int perWriter = envCount("LADDER_CONCURRENCY_WINS", 1000);
    constexpr int CliWriters = 4;
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_EQ(runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Before the rush")}).code, 0);

    QElapsedTimer timer;
    timer.start();

    // The fifth writer: the core in process, on its own connection, as the GUI.
    QStringList coreFailures;
    QHash<qint64, QString> coreIds;
    std::thread core([&] {
        Result<std::unique_ptr<ladder::Workspace>> ws = ladder::Workspace::open(db);
        if (!ws) {
            coreFailures << ws.error().message();
            return;
        }
        for (int n = 0; n < perWriter; ++n) {
            ladder::Win win;
            win.title = QStringLiteral("Core writer win %1").arg(n);
            win.date = QDate(2026, 11, 22);
            win.tags = {QStringLiteral("gui")};
            win.skillSlugs = {QStringLiteral("ownership")};
            Result<ladder::Win> added = (*ws)->journal().add(win);
            if (added)
                coreIds.insert(added->id, win.title);
            else
                coreFailures << added.error().message();
            // The GUI notices other writers through data_version between its own writes.
            (void)(*ws)->dataVersion();
        }
    });

    // Four CLI writers and one reader, each one process after the other, all at once.
    QEventLoop loop;
    std::vector<std::unique_ptr<Writer>> writers;
    int running = 0;
    int readerRuns = 0;
    QStringList readerFailures;
    bool writersDone = false;
    bool readerDone = false;
    std::function<void(Writer &)> startNext = [&](Writer &w) {
        const int n = w.started++;
        const QString title = QStringLiteral("CLI writer %1 win %2").arg(w.index).arg(n);
        auto *process = new QProcess;
        prepareCli(*process, db,
                   {QStringLiteral("win"), QStringLiteral("add"), title, QStringLiteral("--tag"), QStringLiteral("cli"),
                    QStringLiteral("--skill"), QStringLiteral("testing")});
        process->setStandardInputFile(QProcess::nullDevice());
        QObject::connect(process, &QProcess::finished, process, [&, process, title](int code, QProcess::ExitStatus status) {
            const QByteArray out = process->readAllStandardOutput();
            const QByteArray err = process->readAllStandardError();
            bool ok = false;
            const qint64 id = QString::fromUtf8(out).trimmed().toLongLong(&ok);
            if (status != QProcess::NormalExit || code != 0 || !ok || !err.isEmpty())
                w.failures << QStringLiteral("'%1': exit %2, stdout '%3', stderr '%4'")
                                  .arg(title)
                                  .arg(code)
                                  .arg(QString::fromUtf8(out).trimmed(), QString::fromUtf8(err).trimmed());
            else
                w.ids.insert(id, title);
            ++w.finished;
            process->deleteLater();
            if (w.started < perWriter) {
                startNext(w);
            } else if (--running == 0) {
                writersDone = true;
                if (readerDone)
                    loop.quit();
            }
        });
        process->start();
    };
    std::function<void()> readOnce = [&] {
        auto *process = new QProcess;
        const bool search = readerRuns % 2 == 1;
        prepareCli(*process, db,
                   search ? QStringList{QStringLiteral("search"), QStringLiteral("writer"), QStringLiteral("--limit"), QStringLiteral("20")}
                          : QStringList{QStringLiteral("win"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                        QStringLiteral("20")});
        process->setStandardInputFile(QProcess::nullDevice());
        QObject::connect(process, &QProcess::finished, process, [&, process](int code, QProcess::ExitStatus status) {
            const QByteArray err = process->readAllStandardError();
            if (status != QProcess::NormalExit || code != 0 || !err.isEmpty())
                readerFailures
                    << QStringLiteral("reader run %1: exit %2: %3").arg(readerRuns).arg(code).arg(QString::fromUtf8(err).trimmed());
            ++readerRuns;
            process->deleteLater();
            // The reader stops after a while, so that the writers get the CPU.
            if (writersDone)
                loop.quit();
            else if (readerRuns < perWriter / 5)
                readOnce();
            else
                readerDone = true;
        });
        process->start();
    };
    for (int i = 0; i < CliWriters; ++i) {
        writers.push_back(std::make_unique<Writer>());
        writers.back()->index = i;
        ++running;
        startNext(*writers.back());
    }
    readOnce();
    loop.exec();
    core.join();
    const qint64 elapsedMs = timer.elapsed();

    // Everyone succeeded, nobody saw "database is locked".
    QSet<qint64> allIds;
    QHash<qint64, QString> expected;
    for (const auto &w : writers) {
        EXPECT_EQ(w->finished, perWriter);
        EXPECT_TRUE(w->failures.isEmpty()) << w->failures.size() << " failures, first: " << w->failures.value(0).toStdString();
        EXPECT_EQ(w->ids.size(), perWriter);
        for (auto it = w->ids.cbegin(); it != w->ids.cend(); ++it) {
            EXPECT_FALSE(allIds.contains(it.key())) << "id " << it.key() << " printed twice";
            allIds.insert(it.key());
            expected.insert(it.key(), it.value());
        }
    }
    EXPECT_TRUE(coreFailures.isEmpty()) << coreFailures.size() << " failures, first: " << coreFailures.value(0).toStdString();
    EXPECT_EQ(coreIds.size(), perWriter);
    for (auto it = coreIds.cbegin(); it != coreIds.cend(); ++it) {
        EXPECT_FALSE(allIds.contains(it.key())) << "id " << it.key() << " given twice";
        allIds.insert(it.key());
        expected.insert(it.key(), it.value());
    }
    EXPECT_TRUE(readerFailures.isEmpty()) << readerFailures.size() << " failures, first: " << readerFailures.value(0).toStdString();
    EXPECT_GT(readerRuns, 0);

    // Every one of them is in the file, with its title, its tag and its skill.
    const DbReport report = inspect(db);
    ASSERT_TRUE(report.opened) << report.openError.toStdString();
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.wins, 1 + (CliWriters + 1) * perWriter);
    QHash<qint64, QString> present;
    for (const auto &[id, title] : queryPairs(db, QStringLiteral("SELECT id, title FROM win")))
        present.insert(id, title);
    int missing = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        missing += present.value(it.key()) == it.value() ? 0 : 1;
    EXPECT_EQ(missing, 0);
    EXPECT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM win_tag")), (CliWriters + 1) * perWriter);
    EXPECT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM win_skill")), (CliWriters + 1) * perWriter);

    std::cout << "[ parallel ] " << CliWriters << " x " << perWriter << " CLI adds + " << perWriter << " in-process adds + " << readerRuns
              << " reader runs in " << elapsedMs << " ms" << std::endl;
}

// The first use by several processes at once: each finds no file, and all of
// them must end with the same one healthy database (one schema, one built-in
// framework) and their own win in it. 60 rounds: the race it found (switching
// a new file to WAL answered "busy" at once, Database::enableWriteAheadLog)
// showed in about one round in 150.
TEST(Concurrency, FirstUseBySeveralProcessesAtOnce)
{
    const int rounds = envCount("LADDER_FIRST_USE_ROUNDS", 60);
    constexpr int Processes = 5;
    TempDir dir;
    for (int round = 0; round < rounds; ++round) {
        const QString db = dir.file(QStringLiteral("first%1.db").arg(round));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int p = 0; p < Processes; ++p) {
            processes.push_back(std::make_unique<QProcess>());
            prepareCli(*processes.back(), db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Process %1").arg(p)});
            processes.back()->setStandardInputFile(QProcess::nullDevice());
        }
        for (auto &process : processes)
            process->start();
        QStringList failures;
        for (auto &process : processes) {
            ASSERT_TRUE(process->waitForFinished(60000));
            const QByteArray err = process->readAllStandardError();
            if (process->exitCode() != 0 || !err.isEmpty())
                failures << QStringLiteral("exit %1: %2").arg(process->exitCode()).arg(QString::fromUtf8(err).trimmed());
        }
        ASSERT_TRUE(failures.isEmpty()) << "round " << round << ": " << failures.join(QLatin1Char('\n')).toStdString();
        const DbReport report = inspect(db);
        ASSERT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
        ASSERT_EQ(report.wins, Processes) << "round " << round;
        ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM framework")), 1) << "round " << round;
        ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM skill")), 25) << "round " << round;
    }
}

} // namespace
