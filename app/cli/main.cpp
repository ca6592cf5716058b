#include "Cli.h"
#include "CommandContext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

// ladder-cli: a thin main around ladder::Cli, which tests drive in process.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ladder-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADDER_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    ladder::CommandContext context(out, err, in);
    context.outIsTerminal = isatty(STDOUT_FILENO) != 0;
    context.inIsTerminal = isatty(STDIN_FILENO) != 0;
    context.color = context.outIsTerminal && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
    winsize size{};
    if (context.outIsTerminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        context.terminalWidth = size.ws_col;
    context.editor = qEnvironmentVariable("VISUAL", qEnvironmentVariable("EDITOR"));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = ladder::Cli::run(context, arguments);
    out.flush();
    err.flush();
    return code;
}
