// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkExportCommand.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "files/OutputFile.h"
#include "FrameworkLookup.h"
#include "io/FrameworkFormat.h"
#include "OutputName.h"

namespace ladder {

FrameworkExportCommand::FrameworkExportCommand()
    : DatabaseCommand(QStringLiteral("framework export"),
                      FrameworkExportCommand::tr("Write a framework to a JSON file (to edit, share, or import elsewhere)."))
{
    m_options
        = {{{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write ('-' for standard output)."), QStringLiteral("FILE")}};
    m_arguments = {{QStringLiteral("SLUG"), tr("The framework (default: the active one)."), QStringLiteral("[SLUG]"), false}};
}

int FrameworkExportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usage(tr("framework export: -o FILE is required"));
    if (Result<void> named = OutputName::checkJson(output); !named)
        return context.fail(named.error());
    return 0;
}

int FrameworkExportCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    Result<QList<Framework>> frameworks = workspace.frameworks().list();
    if (!frameworks)
        return context.fail(frameworks.error());
    const QStringList positional = parser.positionalArguments();
    Result<Framework> fw = positional.isEmpty() ? workspace.frameworks().active() : findFramework(*frameworks, positional.first());
    if (!fw)
        return context.fail(fw.error());
    // With the UUIDs, so that importing the file elsewhere gives the very same
    // framework (docs/formats.md: they are optional when writing one by hand),
    // and the keys in the order a person edits them.
    const QByteArray data = FrameworkFormat::write(*fw);
    if (output == QLatin1String("-")) {
        context.out() << QString::fromUtf8(data);
        context.out().flush();
        return 0;
    }
    if (auto written = writeFileAtomically(output, data); !written)
        return context.fail(written.error());
    context.err() << tr("Wrote framework '%1' (levels: %2, skills: %3) to %4.")
                         .arg(fw->slug)
                         .arg(fw->levels.size())
                         .arg(fw->skills.size())
                         .arg(output)
                  << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
