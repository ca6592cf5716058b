// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QIcon>

#include <cstdio>
#include <cstring>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ladder"));
    QCoreApplication::setApplicationName(QStringLiteral("ladder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADDER_VERSION));
}

// --help and --version need no window, so they must not need a display: they
// are answered by a QCoreApplication, before any QApplication exists.
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Without a display QApplication aborts (and dumps core) with a page about
// platform plugins; a server or an SSH session gets one line pointing at the
// command line instead. QT_QPA_PLATFORM or -platform choose a platform that
// may need no display (offscreen, vnc), so they are left to Qt.
bool hasDisplay(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            return true;
    }
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

// The icon theme's (the installed hicolor icon), else the PNGs compiled in.
QIcon applicationIcon()
{
    QIcon compiledIn;
    QDirIterator it(QStringLiteral(":/icons"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        compiledIn.addFile(it.next());
    return QIcon::fromTheme(QStringLiteral(LADDER_APP_ID), compiledIn);
}

// The command line, made once an application object and its translator
// exist: its descriptions are translated too.
void describeOptions(QCommandLineParser &parser, const QCommandLineOption &db)
{
    parser.setApplicationDescription(ladder::MainWindow::tr("Ladder: a career-growth planner for software engineers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"), ladder::MainWindow::tr("The database to open, as with --db."),
                                 QStringLiteral("[FILE]"));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              ladder::MainWindow::tr("The database to open (created when missing). "
                                                     "Default: $LADDER_DB, else the last one used, "
                                                     "else ~/.local/share/ladder/ladder.db."),
                              QStringLiteral("PATH"));
}

} // namespace

// The GUI's main: the application object, the database to open (FILE or
// --db), the window. Everything else lives in ladder_ui.
int main(int argc, char **argv)
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        const ladder::Translations translations;
        QCommandLineParser parser;
        describeOptions(parser, databaseOption());
        parser.process(app); // prints and exits
    }
    if (!hasDisplay(argc, argv)) {
        std::fputs("ladder: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "for the command line use ladder-cli\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Ladder"));
    QApplication::setDesktopFileName(QStringLiteral(LADDER_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    // The palette chosen in View ▸ Theme, before the first window exists.
    ladder::Theme::applyStored();
    // Before the first tr(): the option descriptions are translated too.
    const ladder::Translations translations;
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    describeOptions(parser, db);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(db))) {
        std::fputs("ladder: error: give one database: FILE or --db PATH\n", stderr);
        return 2;
    }
    const QString path = parser.isSet(db) ? parser.value(db)
        : !files.isEmpty()                ? files.constFirst()
                                          : ladder::MainWindow::startupDatabase();

    ladder::MainWindow window;
    window.openDatabase(path);
    window.show();
    return QApplication::exec();
}
