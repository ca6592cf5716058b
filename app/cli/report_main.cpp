// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "ReportCommands.h"
#include "Translations.h"

#include <QGuiApplication>

#include <cstdio>

namespace {

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

// ladder-cli-report: what `ladder-cli report … --format pdf` runs (ladder-cli
// writes Markdown and HTML itself). PDFs are laid out and painted, which needs
// a QGuiApplication; the "offscreen" platform gives one without a display.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_qtHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ladder-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADDER_VERSION));
    const ladder::Translations translations;

    return ladder::Cli::runProcess(ladder::allCommands());
}
