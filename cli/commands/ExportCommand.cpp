// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DescriptorDevice.h"
#include "OutputName.h"

#include <QBuffer>
#include <QTextStream>

namespace ladder {

ExportCommand::ExportCommand()
    : DatabaseCommand(QStringLiteral("export"), ExportCommand::tr("Write everything to a JSON file (the ladder export format)."))
{
    m_options
        = {{{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write ('-' for standard output)."), QStringLiteral("FILE")}};
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
        // Streamed to standard output's device by the writer a file gets:
        // the export is never held whole, nor converted to text and back.
        QTextStream &out = context.out();
        out.flush();
        QIODevice *device = out.device();
        if (!device) {
            // A stream over a string (commands run in process by the tests).
            QBuffer data;
            data.open(QIODevice::WriteOnly);
            if (Result<void> written = workspace.transfer().exportTo(data); !written)
                return context.fail(written.error());
            out << QString::fromUtf8(data.data());
            out.flush();
            return 0;
        }
        if (Result<void> written = workspace.transfer().exportTo(*device); !written) {
            // A write that failed is said once, in a person's words, by the
            // caller that owns standard output (Cli::runProcess).
            const auto *descriptor = dynamic_cast<const DescriptorDevice *>(device);
            return descriptor && descriptor->writeError() != 0 ? 1 : context.fail(written.error());
        }
        return 0;
    }
    // Streamed into the file as it is made: memory stays flat at 100,000 wins.
    Result<void> written = workspace.transfer().exportToFile(output);
    if (!written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
