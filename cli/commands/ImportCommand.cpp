// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "io/BoundedRead.h"

#include <QFileInfo>

namespace ladder {

ImportCommand::ImportCommand()
    : DatabaseCommand(QStringLiteral("import"),
                      ImportCommand::tr("Merge a file into the database; rows already present (same UUID) are kept as they are."))
{
    m_options = {{QStringLiteral("format"), tr("The file's format: ladder (default)."), QStringLiteral("FORMAT"), QStringLiteral("ladder")},
                 {QStringLiteral("dry-run"), tr("Say what would change, change nothing.")}};
    m_arguments = {{QStringLiteral("FILE"), tr("The file to import.")}};
}

int ImportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("ladder"))
        return context.usage(tr("import: --format %1: unknown format (known: ladder)").arg(format));
    // Bounded before anything is read: `import /dev/zero` stops at once.
    Result<QByteArray> data = BoundedRead::jsonFile(path, BoundedRead::ExportLimit, tr("a ladder export"));
    if (!data)
        return context.fail(data.error());
    m_data = std::move(*data);
    return 0;
}

int ImportCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Result<ImportSummary> summary = workspace.transfer().importExport(m_data, QFileInfo(path).fileName(), dryRun);
    if (!summary)
        return context.fail(summary.error());
    context.err() << summary->describe(dryRun) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
