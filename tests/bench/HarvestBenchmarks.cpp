// SPDX-License-Identifier: GPL-3.0-or-later
// The git harvest's budget (docs/performance.md): 10,000 commits read with
// `git log` and grouped into candidates in at most a second. The repository
// is written once per run with `git fast-import` (seconds, where 10,000
// `git commit`s take minutes): one author, eight commits a day on four
// topics, a pull request merged now and then.
//   build/tests/bench/ladder_benchmarks --benchmark_filter=harvest

#include "application/Harvest.h"
#include "application/Workspace.h"
#include "interchange/GitLog.h"
#include "interchange/HarvestGrouping.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace ladder;

namespace {

constexpr int Commits = 10000;

class BenchRepository
{
public:
    static BenchRepository &instance()
    {
        static BenchRepository repo;
        return repo;
    }

    QString path() const { return m_dir.filePath(QStringLiteral("repo")); }
    Workspace &workspace() { return *m_workspace; }

private:
    BenchRepository()
    {
        const QString repo = path();
        run({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), repo}, {});
        run({QStringLiteral("-C"), repo, QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ada@example.com")}, {});
        run({QStringLiteral("-C"), repo, QStringLiteral("fast-import"), QStringLiteral("--quiet")}, stream());
        run({QStringLiteral("-C"), repo, QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}, {});
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_dir.filePath(QStringLiteral("bench.db")));
        if (!ws)
            die(ws.error().message());
        m_workspace = std::move(*ws);
    }

    // Eight commits a day from 2020-01-01, in pairs on one of four topics,
    // and every 25th the merge of a pull request.
    static QByteArray stream()
    {
        static const char *const subjects[]
            = {"feat(parser): handle case %1", "fix(api): retry call %1", "ABC-%1 Add report column", "Refactor storage layer %1"};
        const qint64 start = QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        QByteArray out;
        out.reserve(Commits * 200);
        for (int i = 1; i <= Commits; ++i) {
            const qint64 when = start + qint64(i / 8) * 86400 + (i % 8) * 3600;
            const QString subject = i % 25 == 0 ? QStringLiteral("Merge pull request #%1 from org/branch-%1\n\nShip part %1").arg(i)
                                                : QString::fromLatin1(subjects[(i / 2) % 4]).arg(i / 100);
            const QByteArray message = subject.toUtf8() + "\n\nDetails of change.\n";
            const QByteArray who = "Ada <ada@example.com> " + QByteArray::number(when) + " +0000\n";
            out += "commit refs/heads/main\nmark :" + QByteArray::number(i) + "\nauthor " + who + "committer " + who + "data "
                + QByteArray::number(message.size()) + "\n" + message;
            out += "M 644 inline file.txt\ndata " + QByteArray::number(QByteArray::number(i).size()) + "\n" + QByteArray::number(i) + "\n";
        }
        return out;
    }

    static void run(const QStringList &arguments, const QByteArray &input)
    {
        QProcess git;
        git.start(QStringLiteral("git"), arguments);
        if (!git.waitForStarted())
            die(QStringLiteral("git could not be started"));
        git.write(input);
        git.closeWriteChannel();
        git.waitForFinished(-1);
        if (git.exitCode() != 0)
            die(QStringLiteral("git %1: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(git.readAllStandardError())));
    }

    [[noreturn]] static void die(const QString &message)
    {
        std::fprintf(stderr, "ladder_benchmarks: %s\n", qPrintable(message));
        std::exit(1);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

// Everything `harvest git --json` does but print: git log run and read, the
// harvested commits looked up, the candidates made.
void harvestCandidates(benchmark::State &state)
{
    BenchRepository &repo = BenchRepository::instance();
    qsizetype count = 0;
    for (auto _ : state) {
        Result<QList<HarvestCandidate>> found = repo.workspace().harvest().candidates({repo.path()}, {}, std::nullopt);
        if (!found) {
            state.SkipWithError(qPrintable(found.error().message()));
            return;
        }
        count = found->size();
        benchmark::DoNotOptimize(found->data());
    }
    state.counters["candidates"] = double(count);
    state.counters["commits"] = Commits;
}
BENCHMARK(harvestCandidates)->Unit(benchmark::kMillisecond)->Iterations(5);

// Its two halves: `git log` run and read...
void harvestGitLog(benchmark::State &state)
{
    BenchRepository &repo = BenchRepository::instance();
    Result<GitRepository> found = GitLog::open(repo.path());
    if (!found) {
        state.SkipWithError(qPrintable(found.error().message()));
        return;
    }
    for (auto _ : state) {
        Result<QList<GitCommit>> commits = GitLog::read(*found, {}, {}, {});
        if (!commits) {
            state.SkipWithError(qPrintable(commits.error().message()));
            return;
        }
        benchmark::DoNotOptimize(commits->data());
    }
}
BENCHMARK(harvestGitLog)->Unit(benchmark::kMillisecond)->Iterations(5);

// ... and the grouping of the commits read.
void harvestGrouping(benchmark::State &state)
{
    BenchRepository &repo = BenchRepository::instance();
    Result<GitRepository> found = GitLog::open(repo.path());
    Result<QList<GitCommit>> commits = found ? GitLog::read(*found, {}, {}, {}) : Result<QList<GitCommit>>(found.error());
    if (!commits) {
        state.SkipWithError(qPrintable(commits.error().message()));
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(HarvestGrouping::group(*commits, QStringLiteral("repo")).data());
}
BENCHMARK(harvestGrouping)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
