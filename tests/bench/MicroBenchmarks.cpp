// SPDX-License-Identifier: GPL-3.0-or-later
// ladder_benchmarks: Google Benchmark micro-benchmarks of the hot paths of
// docs/performance.md (insert, FTS query, list by period, wins per day,
// readiness, export), in process on a generated journal, so that a change to
// one of them is seen without process start-up in the way. The journal has LADDER_BENCH_WINS wins
// (default 100,000; Seeder::bulk) and is made once per run in a temporary
// folder. Test tooling only: not part of any production target, and not a
// test: budgets are read from its output, never asserted.
//   build/tests/bench/ladder_benchmarks [--benchmark_filter=REGEX]

#include "application/Journal.h"
#include "application/Review.h"
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "Cli.h"
#include "CommandContext.h"
#include "Commands.h"
#include "domain/Period.h"
#include "engine/Readiness.h"
#include "io/LadderExport.h"
#include "report/ReportData.h"
#include "Seeder.h"
#include "storage/Stores.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace ladder;

namespace {

const QDate Today(2026, 11, 22);

// The journal every benchmark reads, made once.
class BenchJournal
{
public:
    static Workspace &workspace() { return instance().m_workspace.operator*(); }
    static QString path() { return instance().m_dir.filePath(QStringLiteral("bench.db")); }

private:
    static BenchJournal &instance()
    {
        static BenchJournal journal;
        return journal;
    }

    BenchJournal()
    {
        const qint64 wins
            = qEnvironmentVariableIsSet("LADDER_BENCH_WINS") ? qEnvironmentVariable("LADDER_BENCH_WINS").toLongLong() : 100000;
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_dir.filePath(QStringLiteral("bench.db")));
        if (!ws)
            die(ws.error().message());
        m_workspace = std::move(*ws);
        const Result<QString> made = Seeder::bulk(*m_workspace, wins, 1, Today);
        if (!made)
            die(made.error().message());
        std::fprintf(stderr, "%s\n", qPrintable(*made));
    }

    [[noreturn]] static void die(const QString &message)
    {
        std::fprintf(stderr, "ladder_benchmarks: %s\n", qPrintable(message));
        std::exit(1);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

template<typename T>
const T &orSkip(benchmark::State &state, const Result<T> &result)
{
    if (!result)
        state.SkipWithError(qPrintable(result.error().message()));
    return *result;
}

void winAdd(benchmark::State &state)
{
    WinStore &wins = storesOf(BenchJournal::workspace()).wins();
    Win win;
    win.date = Today;
    win.title = QStringLiteral("Benchmarked the add path");
    win.tags = {QStringLiteral("perf")};
    win.skillSlugs = {QStringLiteral("performance")};
    for (auto _ : state) {
        const Result<qint64> id = wins.add(win);
        if (!id) {
            state.SkipWithError(qPrintable(id.error().message()));
            break;
        }
    }
}
BENCHMARK(winAdd)->Unit(benchmark::kMicrosecond);

void search(benchmark::State &state, const char *query)
{
    WinFilter filter;
    filter.query = QString::fromUtf8(query);
    filter.limit = 50;
    for (auto _ : state) {
        const Result<QList<Win>> found = storesOf(BenchJournal::workspace()).wins().list(filter);
        benchmark::DoNotOptimize(found);
        if (!found) {
            state.SkipWithError(qPrintable(found.error().message()));
            break;
        }
    }
}
BENCHMARK_CAPTURE(search, rareWord, "p99")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, phrasePrefix, "\"failover drill\" runb*")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, commonWord, "the")->Unit(benchmark::kMicrosecond);

void listMonth(benchmark::State &state)
{
    WinFilter filter;
    filter.from = QDate(2026, 10, 1);
    filter.to = QDate(2026, 10, 31);
    qsizetype listed = 0;
    for (auto _ : state) {
        const Result<QList<Win>> wins = storesOf(BenchJournal::workspace()).wins().list(filter);
        if (!wins) {
            state.SkipWithError(qPrintable(wins.error().message()));
            break;
        }
        listed = wins->size();
    }
    state.counters["wins"] = double(listed);
}
BENCHMARK(listMonth)->Unit(benchmark::kMicrosecond);

// The dashboard calendar's counts: wins per day over the readiness period,
// one grouped query (Journal::winsPerDay).
void winsPerDayYear(benchmark::State &state)
{
    const Period year = Period::lastTwelveMonths(Today);
    QMap<QDate, int> counted;
    for (auto _ : state) {
        const Result<QMap<QDate, int>> counts = BenchJournal::workspace().journal().winsPerDay(year.from, year.to);
        if (!counts) {
            state.SkipWithError(qPrintable(counts.error().message()));
            break;
        }
        counted = *counts;
    }
    state.counters["days"] = double(counted.size());
    qint64 wins = 0;
    for (int n : std::as_const(counted))
        wins += n;
    state.counters["wins"] = double(wins);
}
BENCHMARK(winsPerDayYear)->Unit(benchmark::kMicrosecond);

// A page of the Wins table (WinListModel) under each sort, read in SQL: the
// first page (a header click) and the last (the deepest OFFSET, Ctrl+End).
void sortedPage(benchmark::State &state, WinFilter::Sort sort, bool ascending, bool last)
{
    Journal &journal = BenchJournal::workspace().journal();
    WinFilter filter;
    filter.sort = sort;
    filter.ascending = ascending;
    const Result<qint64> total = journal.count(filter);
    if (!total) {
        state.SkipWithError(qPrintable(total.error().message()));
        return;
    }
    filter.limit = 200;
    filter.offset = last ? int(std::max<qint64>(0, *total - 200)) : 0;
    for (auto _ : state) {
        const Result<QList<Win>> page = journal.list(filter);
        benchmark::DoNotOptimize(page);
        if (!page) {
            state.SkipWithError(qPrintable(page.error().message()));
            break;
        }
    }
}
BENCHMARK_CAPTURE(sortedPage, dateFirst, WinFilter::Sort::Date, false, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, dateLast, WinFilter::Sort::Date, false, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, titleFirst, WinFilter::Sort::Title, true, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, titleLast, WinFilter::Sort::Title, true, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, impactFirst, WinFilter::Sort::Impact, true, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, impactLast, WinFilter::Sort::Impact, true, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, starredFirst, WinFilter::Sort::Starred, false, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sortedPage, starredLast, WinFilter::Sort::Starred, false, true)->Unit(benchmark::kMicrosecond);

// Go to date as WinsView::goToDate reads it: the day's win
// (Journal::onOrBefore), its row (Journal::position) and the page holding
// it; `day` 1990-01-01 reaches the oldest of the journal.
void goToDate(benchmark::State &state, int year)
{
    Journal &journal = BenchJournal::workspace().journal();
    const QDate day(year, 1, 1);
    qint64 row = -1;
    for (auto _ : state) {
        WinFilter filter;
        const Result<qint64> id = journal.onOrBefore(filter, day);
        const Result<qint64> at = id ? journal.position(filter, *id) : Result<qint64>(id.error());
        if (!at) {
            state.SkipWithError(qPrintable(at.error().message()));
            break;
        }
        row = *at;
        filter.limit = 200;
        filter.offset = int(row / 200 * 200);
        benchmark::DoNotOptimize(journal.list(filter));
    }
    state.counters["row"] = double(row);
}
BENCHMARK_CAPTURE(goToDate, oldest, 1990)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(goToDate, middle, 2021)->Unit(benchmark::kMicrosecond);

// The row of a win under a sort (Journal::position), as a refresh keeps the
// selection: the oldest win, the farthest from the top.
void positionOf(benchmark::State &state, WinFilter::Sort sort)
{
    Journal &journal = BenchJournal::workspace().journal();
    WinFilter filter;
    const Result<qint64> oldest = journal.onOrBefore(filter, QDate(1990, 1, 1));
    if (!oldest) {
        state.SkipWithError(qPrintable(oldest.error().message()));
        return;
    }
    filter.sort = sort;
    filter.ascending = sort == WinFilter::Sort::Title;
    for (auto _ : state)
        benchmark::DoNotOptimize(journal.position(filter, *oldest));
}
BENCHMARK_CAPTURE(positionOf, date, WinFilter::Sort::Date)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(positionOf, title, WinFilter::Sort::Title)->Unit(benchmark::kMicrosecond);

// Loading a year and computing readiness as every front end does
// (Review::readiness): the evidence counted in SQL with `listed` wins per
// skill (0 as `ladder-cli readiness`, 20 as a report, -1 every one).
void readinessYear(benchmark::State &state, int listed)
{
    const Period year{QDate(2025, 11, 23), QDate(2026, 11, 22), QStringLiteral("a year")};
    Workspace &ws = BenchJournal::workspace();
    for (auto _ : state) {
        const Result<ReportData> data = ws.review().standing();
        if (!data) {
            state.SkipWithError(qPrintable(data.error().message()));
            break;
        }
        benchmark::DoNotOptimize(ws.review().readiness(*data, QStringLiteral("senior"), year, listed));
    }
}
BENCHMARK_CAPTURE(readinessYear, countsOnly, 0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readinessYear, twentyListed, 20)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readinessYear, everyWinListed, -1)->Unit(benchmark::kMillisecond);

// The engine alone, on a year's evidence already counted.
void readinessEngine(benchmark::State &state)
{
    const Period year{QDate(2025, 11, 23), QDate(2026, 11, 22), QStringLiteral("a year")};
    const Result<ReportData> loaded = BenchJournal::workspace().review().standing();
    const ReportData &data = orSkip(state, loaded);
    if (!loaded)
        return;
    const Result<EvidenceSummary> evidence = storesOf(BenchJournal::workspace()).wins().evidence(year, data.framework.skillSlugs(), 0);
    const EvidenceSummary &counted = orSkip(state, evidence);
    if (!evidence)
        return;
    for (auto _ : state) {
        const Result<ReadinessReport> report
            = Readiness::compute(data.framework, data.assessments, counted, data.goals, QStringLiteral("senior"), year);
        benchmark::DoNotOptimize(report);
    }
    state.counters["evidence"] = double(counted.distinctWins);
}
BENCHMARK(readinessEngine)->Unit(benchmark::kMillisecond);

void exportAll(benchmark::State &state)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const Result<void> written = LadderExport::write(storesOf(BenchJournal::workspace()), out);
        if (!written) {
            state.SkipWithError(qPrintable(written.error().message()));
            break;
        }
        bytes = out.size();
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(exportAll)->Unit(benchmark::kMillisecond)->Iterations(3);

// Importing the whole journal's export into a new file, as `ladder-cli
// import` does after reading the file.
void importAll(benchmark::State &state)
{
    const Result<QByteArray> exported = LadderExport::write(storesOf(BenchJournal::workspace()));
    const QByteArray &data = orSkip(state, exported);
    if (!exported)
        return;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(dir.filePath(QStringLiteral("import.db")));
        state.ResumeTiming();
        const Result<ImportSummary> imported
            = ws ? LadderExport::import(storesOf(**ws), data, QStringLiteral("export.json"), false) : Result<ImportSummary>(ws.error());
        if (!imported) {
            state.SkipWithError(qPrintable(imported.error().message()));
            break;
        }
        state.counters["wins"] = double(imported->winsAdded);
    }
}
BENCHMARK(importAll)->Unit(benchmark::kMillisecond)->Iterations(2);

// A whole command as ladder-cli runs it, in process: opening the file, the
// work and the printing, without process start-up (docs/performance.md has
// both). Output goes to a string.
void cli(benchmark::State &state, std::vector<const char *> arguments)
{
    const CommandList commands = coreCommands(nullptr); // no PDF report is run here
    QStringList args;
    for (const char *a : arguments)
        args << QString::fromUtf8(a);
    qsizetype printed = 0;
    for (auto _ : state) {
        QString outText;
        QString errText;
        QString inText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QTextStream in(&inText);
        CommandContext context(out, err, in);
        context.dbPath = BenchJournal::path();
        context.today = Today;
        if (Cli::run(context, args, commands) != 0) {
            state.SkipWithError(qPrintable(errText));
            break;
        }
        out.flush();
        printed = outText.size();
    }
    state.counters["chars"] = double(printed);
}
BENCHMARK_CAPTURE(cli, winShow, {"win", "show", "5"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(cli, winListMonth, {"win", "list", "--period", "2026-10"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(cli, searchRareWord, {"search", "p99", "--limit", "50"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(cli, winAdd, {"win", "add", "Benchmarked the add path @perf", "--skill", "performance"})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(cli, readinessYear, {"readiness", "--period", "2025-11-23..2026-11-22"})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    BenchJournal::workspace(); // made before the clock starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
