#include "Cli.h"
#include "CommandContext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// The command's first word, skipping the global options (--db takes a value).
bool isReportCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--db") == 0) {
            ++i;
            continue;
        }
        if (a[0] == '-')
            continue;
        return std::strcmp(a, "report") == 0;
    }
    return false;
}

QtMessageHandler g_qtHandler = nullptr;

// QGuiApplication looks up the runtime directory, which a root shell or a
// container does not have; Qt's warning about it is noise on the stderr that
// scripts read for errors, and the CLI never uses that directory.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_qtHandler)
        g_qtHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

// ladder-cli: a thin main around ladder::Cli, which tests drive in process.
int main(int argc, char **argv)
{
    // Reports paint (PDF) and lay out text, which needs a QGuiApplication; the
    // "offscreen" platform gives one without a display. Every other command keeps
    // the lighter QCoreApplication, so it starts fast and loads no platform plugin.
    std::unique_ptr<QCoreApplication> application;
    if (isReportCommand(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_qtHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
