// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "report/ReportHandOff.h"
#include "Translations.h"

#include <QCoreApplication>

// ladder-cli: a thin main around ladder::Cli, which tests drive in process.
// It links QtCore only, so that the commands typed many times a day start in a
// few milliseconds; a report asked for as PDF (painted with QtGui) is handed
// to ladder-cli-report beside it, with the same arguments (ReportHandOff).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ladder-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADDER_VERSION));
    const ladder::Translations translations;

    return ladder::Cli::runProcess(ladder::coreCommands(std::make_shared<ladder::ReportHandOff>(argv)));
}
