// SPDX-License-Identifier: GPL-3.0-or-later
// ladder-screenshots: opens the main window on a database and saves a PNG of
// every page, in the Light and the Dark theme (ui/Theme, as View ▸ Theme), for docs/screenshots and the
// README. Test tooling only (run by scripts/screenshots.sh under Xvfb); not
// part of any production target.
//
//   ladder-screenshots --db FILE --out DIR [--today YYYY-MM-DD] [--size 1280x800]
//                      [--skills-only NAME]
//
// --skills-only NAME saves only the Skills page, its table as NAME-THEME.png
// and its radar as NAME-radar-THEME.png (another framework's pictures).

#include "dialogs/HarvestDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/QuickAddDialog.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "models/GoalListModel.h"
#include "models/WinListModel.h"
#include "Session.h"
#include "Theme.h"
#include "views/GoalsView.h"
#include "views/ReadinessView.h"
#include "views/RoadmapView.h"
#include "views/SkillsView.h"
#include "views/WinsView.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ladder;

namespace {

void settle()
{
    // Lets layouts, lazy fetches and deferred paints finish before grabbing.
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(40);
    }
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const QPixmap shot = window->grab();
    if (!shot.save(path)) {
        std::fprintf(stderr, "ladder-screenshots: error: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool shoot(const QString &db, const QString &outDir, const QString &theme, const QDate &today, const QSize &size, const QString &skillsOnly)
{
    MainWindow window;
    if (today.isValid())
        window.session()->setToday(today);
    if (!window.openDatabase(db))
        return false;
    window.resize(size);
    // The same status bar on every picture: the open file only.
    window.statusBar()->clearMessage();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;

    bool ok = true;
    auto file = [&](const QString &name) { return outDir + QLatin1Char('/') + name + QLatin1Char('-') + theme + QStringLiteral(".png"); };

    if (!skillsOnly.isEmpty()) {
        window.showPage(MainWindow::SkillsPage);
        settle();
        ok = save(&window, file(skillsOnly)) && ok;
        window.skillsView()->tabs()->setCurrentIndex(1);
        settle();
        return save(&window, file(skillsOnly + QStringLiteral("-radar"))) && ok;
    }

    window.showPage(MainWindow::DashboardPage);
    ok = save(&window, file(QStringLiteral("dashboard"))) && ok;

    window.showPage(MainWindow::WinsPage);
    settle();
    // A starred win with a body and impact makes the detail pane worth showing.
    WinListModel *wins = window.winsView()->model();
    int pick = 0;
    for (int row = 0; row < wins->rowCount(); ++row) {
        const Win *w = wins->winAt(row);
        if (w && w->starred && !w->body.isEmpty() && !w->impact.isEmpty()) {
            pick = row;
            break;
        }
    }
    if (const Win *w = wins->winAt(pick))
        window.winsView()->selectWin(w->id);
    ok = save(&window, file(QStringLiteral("wins"))) && ok;

    window.showPage(MainWindow::SkillsPage);
    settle();
    window.skillsView()->selectSkill(QStringLiteral("system-design"));
    ok = save(&window, file(QStringLiteral("skills"))) && ok;
    if (QTabWidget *tabs = window.skillsView()->tabs(); tabs->count() > 1) {
        tabs->setCurrentIndex(1);
        ok = save(&window, file(QStringLiteral("skills-radar"))) && ok;
        tabs->setCurrentIndex(0);
    }

    window.showPage(MainWindow::GoalsPage);
    settle();
    if (window.goalsView()->model()->rowCount() > 0)
        window.goalsView()->selectGoal(window.goalsView()->model()->goalAt(0)->id);
    ok = save(&window, file(QStringLiteral("goals"))) && ok;

    window.showPage(MainWindow::RoadmapPage);
    ok = save(&window, file(QStringLiteral("roadmap"))) && ok;

    window.showPage(MainWindow::ReadinessPage);
    ok = save(&window, file(QStringLiteral("readiness"))) && ok;

    // The quick-add dialog with a win half typed, over the Wins page.
    window.showPage(MainWindow::WinsPage);
    if (QuickAddDialog *dialog = window.quickAdd()) {
        settle();
        if (auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("quickAddTitle")))
            QTest::keyClicks(title, QStringLiteral("yesterday: Led the payments failover drill @distributed-systems"));
        if (auto *impact = dialog->findChild<QLineEdit *>(QStringLiteral("quickAddImpact")))
            impact->setText(QStringLiteral("Failover in 4 minutes, down from 11"));
        ok = save(dialog, file(QStringLiteral("quick-add"))) && ok;
        dialog->done(QDialog::Rejected);
    }

    // File > Import… previewing a brag document kept in Markdown.
    QTemporaryDir importDir;
    const QString bragPath = importDir.filePath(QStringLiteral("brag-2025.md"));
    QFile brag(bragPath);
    if (brag.open(QIODevice::WriteOnly)) {
        brag.write(R"(# Brag document 2025

## October 2025

- 2025-10-02 Moved the nightly reports off the shared database @performance ★
  - Reports now run on a replica; the checkout API no longer slows at 2 am.
- 2025-10-14 Ran the first game day for the payments team #oncall
- 2025-10-29 Wrote the guide to our feature-flag service @documentation

## November 2025

- 2025-11-06 Found the memory leak in the PDF worker with heaptrack @debugging
- 2025-11-18 Paired with two new hires on their first production change @mentoring
- 2025-11-25 Proposed splitting the monolith's billing module #architecture
)");
        brag.close();
        FileDialog::setNextFileName(bragPath);
        if (QAction *import = window.findChild<QAction *>(QStringLiteral("importAction")))
            import->trigger();
        settle();
        if (auto *dialog = window.findChild<ImportDialog *>()) {
            ok = save(dialog, file(QStringLiteral("import"))) && ok;
            dialog->done(QDialog::Rejected);
        }
    }

    // File > Harvest from git… on a small repository made here, two
    // candidates checked.
    const QString repo = importDir.filePath(QStringLiteral("checkout"));
    QDir().mkpath(repo);
    const auto git = [&](const QStringList &arguments, const QString &when) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.com"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("ada@example.com"));
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), when);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), when);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + arguments);
        return process.waitForFinished(10000) && process.exitCode() == 0;
    };
    const QList<std::pair<QString, QString>> commits = {
        {QStringLiteral("feat(search): PAY-412 rank exact title matches first"), QStringLiteral("2026-11-02T10:00:00")},
        {QStringLiteral("feat(search): PAY-412 boost recent wins"), QStringLiteral("2026-11-02T15:00:00")},
        {QStringLiteral("fix: retry the webhook on 503"), QStringLiteral("2026-11-05T11:00:00")},
        {QStringLiteral("docs: explain the failover runbook"), QStringLiteral("2026-11-09T09:30:00")},
        {QStringLiteral("perf(db): index payments by merchant and day"), QStringLiteral("2026-11-12T16:00:00")},
    };
    bool made = git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, QString());
    for (const auto &[message, when] : commits)
        made = made
            && git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), message}, when);
    if (made) {
        if (HarvestDialog *harvest = window.harvestFromGit()) {
            harvest->setRepository(repo);
            settle();
            if (auto *list = harvest->findChild<QListWidget *>(QStringLiteral("harvestList"))) {
                for (int row = 0; row < list->count() && row < 2; ++row)
                    list->item(row)->setCheckState(Qt::Checked);
            }
            settle();
            ok = save(harvest, file(QStringLiteral("harvest"))) && ok;
            harvest->done(QDialog::Rejected);
        }
    }
    // Help ▸ User guide, Help ▸ Keyboard shortcuts and the first-run page
    // (File ▸ Set up…).
    if (QDialog *guide = window.showUserGuide()) {
        ok = save(guide, file(QStringLiteral("user-guide"))) && ok;
        guide->close();
    }
    if (QDialog *keys = window.showShortcuts()) {
        ok = save(keys, file(QStringLiteral("shortcuts"))) && ok;
        keys->close();
    }
    window.showFirstRun();
    ok = save(&window, file(QStringLiteral("first-run"))) && ok;
    window.close();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ladder-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("LadderScreenshots"));
    // Window geometry and splitters from a previous run must not leak in.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database to show."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where the PNGs go."), QStringLiteral("DIR"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The day the window takes as today."), QStringLiteral("D"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, WxH."), QStringLiteral("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light, dark or both."), QStringLiteral("T"),
                                   QStringLiteral("both"));
    const QCommandLineOption skillsOnly(QStringLiteral("skills-only"), QStringLiteral("Save only the Skills page, as NAME-THEME.png."),
                                        QStringLiteral("NAME"));
    parser.addOptions({db, out, today, size, theme, skillsOnly});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(out)) {
        std::fprintf(stderr, "ladder-screenshots: error: --db and --out are required\n");
        return 2;
    }
    // One font everywhere, so that the pictures do not depend on the machine.
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    QApplication::setFont(font);

    const QStringList dims = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(dims.value(0).toInt(), dims.value(1).toInt());
    const QDate fixedToday = QDate::fromString(parser.value(today), Qt::ISODate);
    QDir().mkpath(parser.value(out));

    // The palettes of View ▸ Theme, through the same code as the setting.
    bool ok = true;
    const QString which = parser.value(theme);
    if (which == QLatin1String("light") || which == QLatin1String("both")) {
        Theme::apply(Theme::Light);
        ok = shoot(parser.value(db), parser.value(out), QStringLiteral("light"), fixedToday, windowSize, parser.value(skillsOnly)) && ok;
    }
    if (which == QLatin1String("dark") || which == QLatin1String("both")) {
        Theme::apply(Theme::Dark);
        ok = shoot(parser.value(db), parser.value(out), QStringLiteral("dark"), fixedToday, windowSize, parser.value(skillsOnly)) && ok;
    }
    return ok ? 0 : 1;
}
