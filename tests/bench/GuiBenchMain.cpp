// SPDX-License-Identifier: GPL-3.0-or-later
// ladder-gui-bench: the desktop application's start-up and memory, for
// docs/performance.md. It starts as app/gui/main.cpp does (QApplication, the
// real MainWindow, openDatabase, show) and prints, on one line:
//   first-paint MS  (from main() to the end of the window's first paint)
//   rss MIB         (peak resident memory at that moment)
// and with --scroll N, after opening the Wins page and scrolling to its end N
// times (each fetches another page of wins):
//   wins-page MS  rows N  scrolled-rss MIB
// and with --all-pages, after showing every page in turn (the Readiness page
// computes and lays out a year's summary):
//   all-pages MS  all-pages-rss MIB
// and with --readiness, after switching from the first page to the Readiness
// page (the summary of the last 12 months built and laid out, as on opening
// it) until its preview has painted:
//   readiness-page MS  cpu MS  readiness-rss MIB
// then quits. tests/bench/whole-process.sh also times the whole process with
// hyperfine. Test tooling only: not part of any production target.
//   ladder-gui-bench --db FILE [--scroll N] [--all-pages] [--readiness]   (QT_QPA_PLATFORM=offscreen, or under Xvfb)

#include "MainWindow.h"
#include "models/WinListModel.h"
#include "views/ReadinessView.h"
#include "views/WinsView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace ladder;

namespace {

// CPU time of the process (user and system), which a busy machine inflates
// far less than wall time.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Notes the end of the first paint of a widget (installed on the top-level
// widget: of the window, whose paint event is the last of the first frame's
// paints to finish).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> done)
        : m_done(std::move(done))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this event is handled, so the paint itself is counted.
            QTimer::singleShot(0, this, [this] { m_done(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ladder"));
    QApplication::setApplicationName(QStringLiteral("ladder-gui-bench"));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database to open."), QStringLiteral("FILE"));
    const QCommandLineOption scroll(QStringLiteral("scroll"), QStringLiteral("Scroll the Wins page to its end N times."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption allPages(QStringLiteral("all-pages"), QStringLiteral("Show every page in turn."));
    const QCommandLineOption readiness(QStringLiteral("readiness"), QStringLiteral("Time opening the Readiness page."));
    parser.addOptions({db, scroll, allPages, readiness});
    parser.process(app);
    if (!parser.isSet(db)) {
        std::fprintf(stderr, "ladder-gui-bench: give --db FILE\n");
        return 2;
    }
    const int scrolls = parser.value(scroll).toInt();

    MainWindow window;
    FirstPaint firstPaint([&] {
        std::printf("first-paint %lld ms  rss %.1f MiB", static_cast<long long>(clock.elapsed()), peakRssMiB());
        if (scrolls > 0) {
            QElapsedTimer timer;
            timer.start();
            window.showPage(MainWindow::WinsPage);
            WinListModel *model = window.winsView()->model();
            while (model->rowCount() == 0 && timer.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            const qint64 page = timer.elapsed();
            QTableView *table = window.winsView()->table();
            for (int i = 0; i < scrolls; ++i) {
                table->scrollToBottom();
                QApplication::processEvents();
            }
            std::printf("  wins-page %lld ms  rows %d  scrolled-rss %.1f MiB", static_cast<long long>(page), model->loadedRows(),
                        peakRssMiB());
        }
        if (parser.isSet(readiness)) {
            // The page counts as open once its preview (the summary itself)
            // has painted; the first page shown is another one.
            QWidget *preview = window.readinessView()->preview()->viewport();
            bool painted = false;
            FirstPaint previewPaint([&] { painted = true; });
            preview->installEventFilter(&previewPaint);
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = cpuMs();
            window.showPage(MainWindow::ReadinessPage);
            while (!painted && timer.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            preview->removeEventFilter(&previewPaint);
            std::printf("  readiness-page %lld ms  cpu %.0f ms  readiness-rss %.1f MiB", static_cast<long long>(timer.elapsed()),
                        cpuMs() - cpuBefore, peakRssMiB());
        }
        if (parser.isSet(allPages)) {
            QElapsedTimer timer;
            timer.start();
            for (int page = 0; page < MainWindow::PageCount; ++page) {
                window.showPage(MainWindow::Page(page));
                QApplication::processEvents();
            }
            std::printf("  all-pages %lld ms  all-pages-rss %.1f MiB", static_cast<long long>(timer.elapsed()), peakRssMiB());
        }
        std::printf("\n");
        std::fflush(stdout);
        QApplication::quit();
    });
    window.installEventFilter(&firstPaint);
    if (!window.openDatabase(parser.value(db)))
        return 1;
    // The window comes back on the page it was closed on; --readiness times
    // opening that page, so start elsewhere.
    if (parser.isSet(readiness))
        window.showPage(MainWindow::DashboardPage);
    window.show();
    return QApplication::exec();
}
