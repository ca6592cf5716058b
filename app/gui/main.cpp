// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

// The GUI's main: the application object, --db, the window. Everything else
// lives in ladder_ui.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ladder"));
    QApplication::setApplicationName(QStringLiteral("ladder"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ladder"));
    QApplication::setApplicationVersion(QStringLiteral(LADDER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ladder"));
    // Before the first tr(): the option descriptions below are translated too.
    const ladder::Translations translations;

    QCommandLineParser parser;
    parser.setApplicationDescription(ladder::MainWindow::tr("Ladder: a career-growth planner for software engineers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                ladder::MainWindow::tr("The database to open (created when missing). "
                                                       "Default: $LADDER_DB, else the last one used, "
                                                       "else ~/.local/share/ladder/ladder.db."),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    ladder::MainWindow window;
    window.openDatabase(parser.isSet(db) ? parser.value(db) : ladder::MainWindow::startupDatabase());
    window.show();
    return QApplication::exec();
}
