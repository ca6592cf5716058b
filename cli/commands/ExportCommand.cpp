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
    : Command(QStringLiteral("export"), tr("Write everything to a JSON file (the ladder export format)."))
{
    m_options = {{{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write ('-' for standard output)."), QStringLiteral("FILE")}};
}

int ExportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usage(tr("export: -o FILE is required"));
    if (Result<void> named = OutputName::checkJson(output); !named)
        return context.fail(named.error());
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    if (output == QLatin1String("-")) {
        QBuffer data;
        data.open(QIODevice::WriteOnly);
        if (Result<void> written = (*ws)->transfer().exportTo(data); !written)
            return context.fail(written.error());
        context.out() << QString::fromUtf8(data.data());
        context.out().flush();
        return 0;
    }
    // Streamed into the file as it is made: memory stays flat at 100,000 wins.
    Result<void> written = (*ws)->transfer().exportToFile(output);
    if (!written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
