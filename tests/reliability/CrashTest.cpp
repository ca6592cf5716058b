// SPDX-License-Identifier: GPL-3.0-or-later
// Crash: the real ladder-cli killed with SIGKILL at random moments, many times.
// After every kill the file passes SQLite's integrity checks (and the full-text
// index's), every win whose `win add` printed its id is there with its title,
// tags and skill (no half-written win), and a killed import of 1,000 wins left
// all of them or none.
//
// LADDER_CRASH_ITERATIONS sets the number of kills of `win add` (default 200, the
// CI count; docs/reliability.md gives the release count); imports are killed a
// quarter as often, first uses a tenth. LADDER_CRASH_SEED replays a run.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include "storage/SchemaManager.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <random>
#include <thread>

using namespace reliability;

namespace {

quint32 crashSeed()
{
    bool ok = false;
    const uint fromEnv = qEnvironmentVariable("LADDER_CRASH_SEED").toUInt(&ok);
    return ok ? quint32(fromEnv) : quint32(std::random_device{}());
}

struct Killed
{
    bool killed = false; // false: it finished before the kill
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedUs = 0;
};

// Starts ladder-cli, waits `delayUs` after it is running, then SIGKILLs it
// (unless it already finished) and collects what it printed.
Killed runAndKill(const QString &db, const QStringList &arguments, qint64 delayUs)
{
    QProcess process;
    prepareCli(process, db, arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start();
    Killed result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
    process.kill(); // SIGKILL; a no-op when it has already exited
    process.waitForFinished(-1);
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    result.killed = process.exitStatus() == QProcess::CrashExit;
    result.code = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// How long an uncontended run takes (the slowest of a few), in microseconds:
// kills are spread over that window so that they land in every phase, from
// loading the binary to the commit and the printed id.
qint64 measureUs(const std::function<CliRun()> &run, int times = 5)
{
    qint64 slowest = 0;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CliRun r = run();
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        slowest = std::max(slowest, timer.nsecsElapsed() / 1000);
    }
    return slowest;
}

// A fresh copy of a seeded database, so that the file does not grow without
// bound over a release run of 10,000 kills.
void resetDatabase(const QString &templateDb, const QString &db)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    ASSERT_TRUE(QFile::copy(templateDb, db));
    ASSERT_TRUE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void expectHealthy(const QString &db, const std::string &context)
{
    const DbReport report = inspect(db);
    ASSERT_TRUE(report.opened) << context << ": " << report.openError.toStdString();
    ASSERT_TRUE(report.problems.isEmpty()) << context << ": " << report.problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Crash, KilledWinAddKeepsEveryPrintedWinAndAHealthyFile)
{
    const int kills = envCount("LADDER_CRASH_ITERATIONS", 200);
    const quint32 seed = crashSeed();
    SCOPED_TRACE("LADDER_CRASH_SEED=" + std::to_string(seed));
    QRandomGenerator random(seed);

    TempDir dir;
    const QString templateDb = dir.file(QStringLiteral("template.db"));
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(runCli(templateDb, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Existing win %1 @seeded").arg(i)}).code,
                  0);
    const QString db = dir.file(QStringLiteral("ladder.db"));
    resetDatabase(templateDb, db);

    // A long body makes the write itself (FTS indexing, WAL frames) take long
    // enough that kills land inside the transaction and the commit too.
    const QString longBody = QStringLiteral("Notes from the incident review, line after line. ").repeated(2000); // ~100 KB
    auto arguments = [&](int i, bool longText) {
        QStringList args{QStringLiteral("win"),       QStringLiteral("add"),       QStringLiteral("Crash win %1 @crashtest").arg(i),
                         QStringLiteral("--skill"),   QStringLiteral("debugging"), QStringLiteral("--tag"),
                         QStringLiteral("k%1").arg(i)};
        if (longText)
            args << QStringLiteral("--body") << longBody;
        return args;
    };
    const qint64 shortUs = measureUs([&] { return runCli(db, arguments(-1, false)); });
    const qint64 longUs = measureUs([&] { return runCli(db, arguments(-2, true)); });
    resetDatabase(templateDb, db);

    QHash<qint64, QString> printed; // id -> title, of this database copy
    int killed = 0;
    int finished = 0;
    int killedAfterCommit = 0;
    int attempts = 0;
    for (int i = 0; killed < kills && attempts < kills * 4; ++i, ++attempts) {
        if (i > 0 && i % 100 == 0) {
            // Everything printed since the last reset is still there, then start afresh.
            const auto rows = queryPairs(db, QStringLiteral("SELECT id, title FROM win"));
            QHash<qint64, QString> present;
            for (const auto &[id, title] : rows)
                present.insert(id, title);
            for (auto it = printed.cbegin(); it != printed.cend(); ++it)
                ASSERT_EQ(present.value(it.key()).toStdString(), it.value().toStdString()) << "win " << it.key();
            printed.clear();
            resetDatabase(templateDb, db);
        }
        const bool longText = random.bounded(4) == 0;
        const qint64 window = longText ? longUs : shortUs;
        const qint64 delay = qint64(random.bounded(quint64(window + window / 10)));
        // As stored: the tag ending the typed title is taken out of it.
        const QString title = QStringLiteral("Crash win %1").arg(i);
        const Killed k = runAndKill(db, arguments(i, longText), delay);
        const std::string context = "iteration " + std::to_string(i) + " (kill after " + std::to_string(delay) + " us)";

        bool okId = false;
        const qint64 id = QString::fromUtf8(k.out).trimmed().toLongLong(&okId);
        if (k.killed) {
            ++killed;
        } else {
            ++finished;
            ASSERT_EQ(k.code, 0) << context << ": " << k.err.toStdString();
            ASSERT_TRUE(okId) << context << ": finished without printing an id: " << k.out.toStdString();
        }
        if (okId)
            printed.insert(id, title);

        expectHealthy(db, context);
        if (HasFatalFailure())
            return;
        // The printed id is there, with its title; whatever is there is whole.
        const std::optional<qint64> withTitle = queryInt(db, QStringLiteral("SELECT count(*) FROM win WHERE title = '%1'").arg(title));
        ASSERT_TRUE(withTitle.has_value()) << context;
        ASSERT_LE(*withTitle, 1) << context;
        if (okId) {
            ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM win WHERE id = %1 AND title = '%2'").arg(id).arg(title)), 1)
                << context << ": win " << id << " printed but missing";
        }
        if (k.killed && !okId && *withTitle == 1)
            ++killedAfterCommit;
        ASSERT_EQ(queryInt(db,
                           QStringLiteral("SELECT count(*) FROM win w WHERE title LIKE 'Crash win %' AND ("
                                          "(SELECT count(*) FROM win_skill s WHERE s.win_id = w.id AND s.skill_slug = 'debugging') != 1"
                                          " OR (SELECT count(*) FROM win_tag t WHERE t.win_id = w.id) != 2)")),
                  0)
            << context << ": a win without its skill or tags";
    }
    const auto rows = queryPairs(db, QStringLiteral("SELECT id, title FROM win"));
    QHash<qint64, QString> present;
    for (const auto &[id, title] : rows)
        present.insert(id, title);
    for (auto it = printed.cbegin(); it != printed.cend(); ++it)
        ASSERT_EQ(present.value(it.key()).toStdString(), it.value().toStdString()) << "win " << it.key();

    std::cout << "[ crash    ] win add: " << killed << " killed (" << killedAfterCommit << " after the commit, before the id), " << finished
              << " finished first; windows " << shortUs << " us / " << longUs << " us; seed " << seed << std::endl;
    EXPECT_EQ(killed, kills) << "too many runs finished before the kill";
}

TEST(Crash, KilledImportLeavesAllOrNoneOfItsWins)
{
    constexpr int WinsPerImport = 1000;
    const int kills = std::max(1, envCount("LADDER_CRASH_ITERATIONS", 200) / 4);
    const quint32 seed = crashSeed();
    SCOPED_TRACE("LADDER_CRASH_SEED=" + std::to_string(seed));
    QRandomGenerator random(seed);

    TempDir dir;
    const QString templateDb = dir.file(QStringLiteral("template.db"));
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(runCli(templateDb, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Existing win %1").arg(i)}).code, 0);
    const QString db = dir.file(QStringLiteral("ladder.db"));
    resetDatabase(templateDb, db);
    const QString file = dir.file(QStringLiteral("import.json"));

    // Calibrate: an uncontended import lands whole.
    ASSERT_TRUE(writeFile(file, importFile(WinsPerImport, QStringLiteral("Calibration"))));
    const qint64 window = measureUs([&] { return runCli(db, {QStringLiteral("import"), file}); }, 1);
    ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM win WHERE title GLOB 'Calibration *'")), WinsPerImport);
    resetDatabase(templateDb, db);

    int killed = 0;
    int none = 0;
    int all = 0;
    int attempts = 0;
    for (int i = 0; killed < kills && attempts < kills * 4; ++i, ++attempts) {
        if (i > 0 && i % 10 == 0)
            resetDatabase(templateDb, db);
        const QString prefix = QStringLiteral("Batch %1").arg(i);
        ASSERT_TRUE(writeFile(file, importFile(WinsPerImport, prefix)));
        const qint64 before = queryInt(db, QStringLiteral("SELECT count(*) FROM win")).value_or(-1);
        const qint64 delay = qint64(random.bounded(quint64(window + window / 10)));
        const std::string context = "import " + std::to_string(i) + " (kill after " + std::to_string(delay) + " us)";
        const Killed k = runAndKill(db, {QStringLiteral("import"), file}, delay);
        if (k.killed)
            ++killed;
        else
            ASSERT_EQ(k.code, 0) << context << ": " << k.err.toStdString();

        expectHealthy(db, context);
        if (HasFatalFailure())
            return;
        const qint64 landed = queryInt(db, QStringLiteral("SELECT count(*) FROM win WHERE title GLOB '%1 *'").arg(prefix)).value_or(-1);
        const qint64 after = queryInt(db, QStringLiteral("SELECT count(*) FROM win")).value_or(-1);
        ASSERT_TRUE(landed == 0 || landed == WinsPerImport) << context << ": " << landed << " of " << WinsPerImport << " wins landed";
        ASSERT_EQ(after, before + landed) << context;
        if (!k.killed)
            ASSERT_EQ(landed, WinsPerImport) << context << ": finished but not imported";
        ASSERT_EQ(
            queryInt(db,
                     QStringLiteral("SELECT count(*) FROM win_tag t JOIN win w ON w.id = t.win_id WHERE w.title GLOB '%1 *'").arg(prefix)),
            2 * landed)
            << context << ": wins without their tags";
        (landed == 0 ? none : all) += k.killed ? 1 : 0;
    }
    std::cout << "[ crash    ] import of " << WinsPerImport << ": " << killed << " killed (" << none << " left none, " << all
              << " all), window " << window << " us; seed " << seed << std::endl;
    EXPECT_EQ(killed, kills) << "too many imports finished before the kill";
}

// The very first use creates the file, its schema and the built-in framework;
// a kill at any point of that leaves a file the next run opens and completes.
TEST(Crash, KilledFirstUseLeavesAFileTheNextRunCompletes)
{
    const int kills = std::max(1, envCount("LADDER_CRASH_ITERATIONS", 200) / 10);
    const quint32 seed = crashSeed();
    SCOPED_TRACE("LADDER_CRASH_SEED=" + std::to_string(seed));
    QRandomGenerator random(seed);
    TempDir dir;

    const QStringList first{QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("The very first win")};
    int n = 0;
    const qint64 window = measureUs([&] { return runCli(dir.file(QStringLiteral("calibrate%1.db").arg(n++)), first); });

    int killed = 0;
    for (int i = 0, attempts = 0; killed < kills && attempts < kills * 4; ++i, ++attempts) {
        const QString db = dir.file(QStringLiteral("first%1.db").arg(i));
        const qint64 delay = qint64(random.bounded(quint64(window + window / 10)));
        const std::string context = "first use " + std::to_string(i) + " (kill after " + std::to_string(delay) + " us)";
        const Killed k = runAndKill(db, first, delay);
        killed += k.killed ? 1 : 0;
        const CliRun next = runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("The next win")});
        ASSERT_EQ(next.code, 0) << context << ": " << next.err.toStdString();
        expectHealthy(db, context);
        if (HasFatalFailure())
            return;
        ASSERT_EQ(queryInt(db, QStringLiteral("PRAGMA user_version")), ladder::SchemaManager::CurrentVersion) << context;
        ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM framework WHERE active = 1")), 1) << context;
        ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM skill")), 25) << context;
        ASSERT_EQ(queryInt(db, QStringLiteral("SELECT count(*) FROM win WHERE title = 'The next win'")), 1) << context;
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
    }
    std::cout << "[ crash    ] first use: " << killed << " killed, window " << window << " us; seed " << seed << std::endl;
    EXPECT_EQ(killed, kills);
}

} // namespace
