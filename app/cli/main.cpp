#include "Cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// The command's first word, skipping the global options (--db takes a value).
bool isReportCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

} // namespace

// ladder-cli: a thin main around ladder::Cli, which tests drive in process.
// It links QtCore only, so that the commands typed many times a day start in a
// few milliseconds; `report` (which paints PDFs with QtGui) is handed to
// ladder-cli-report beside it, with the same arguments.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (isReportCommand(argc, argv)) {
        const QByteArray reportExe = QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/ladder-cli-report"));
        execv(reportExe.constData(), argv);
        std::fprintf(stderr, "ladder-cli: error: cannot run %s: %s\n", reportExe.constData(), std::strerror(errno));
        return 1;
    }
    QCoreApplication::setApplicationName(QStringLiteral("ladder-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADDER_VERSION));

    return ladder::Cli::runProcess(ladder::coreCommands());
}
