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
    : DatabaseCommand(QStringLiteral("export"),
                      ExportCommand::tr("Write everything to a ladder export (JSON), or the wins as a Markdown brag document, "
                                        "a CSV sheet, jrnl JSON or a jrnl journal file."))
{
    m_options
        = {{{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write ('-' for standard output)."), QStringLiteral("FILE")},
           {QStringLiteral("format"),
            tr("ladder (default; everything), markdown, csv, jrnl or jrnl-text (wins only); a .md or .csv name chooses "
               "too."),
            QStringLiteral("FORMAT")}};
}

int ExportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usage(tr("export: -o FILE is required"));
    // The name's extension says the format when --format does not.
    const QString named = OutputName::formatOf(output);
    m_format = named == QLatin1String("md") ? WinFormat::Markdown : named == QLatin1String("csv") ? WinFormat::Csv : WinFormat::Ladder;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        const std::optional<WinFormat> format = WinFormats::parse(name);
        if (!format)
            return context.usage(
                tr("export: --format %1: unknown format (known: %2)").arg(name, WinFormats::names().join(QStringLiteral(", "))));
        m_format = *format;
    }
    // A .txt name alone still means a ladder export, as before.
    if (Result<void> checked = OutputName::check(output, WinFormats::extension(m_format)); !checked)
        return context.fail(checked.error());
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
            if (Result<void> written = workspace.transfer().exportWins(m_format, data); !written)
                return context.fail(written.error());
            out << QString::fromUtf8(data.data());
            out.flush();
            return 0;
        }
        if (Result<void> written = workspace.transfer().exportWins(m_format, *device); !written) {
            // A write that failed is said once, in a person's words, by the
            // caller that owns standard output (Cli::runProcess).
            const auto *descriptor = dynamic_cast<const DescriptorDevice *>(device);
            return descriptor && descriptor->writeError() != 0 ? 1 : context.fail(written.error());
        }
        return 0;
    }
    // Streamed into the file as it is made: memory stays flat at 100,000 wins.
    Result<void> written = workspace.transfer().exportWinsToFile(m_format, output);
    if (!written)
        return context.fail(written.error());
    return 0;
}

} // namespace ladder
