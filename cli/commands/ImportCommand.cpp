// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "io/BoundedRead.h"
#include "TerminalText.h"

#include <QFileInfo>

namespace ladder {

namespace {

// The fields --map may name (CSV columns), as docs/formats.md lists them.
const QStringList &mappableFields()
{
    static const QStringList fields = {QStringLiteral("date"), QStringLiteral("title"),  QStringLiteral("body"),   QStringLiteral("impact"),
                                       QStringLiteral("tags"), QStringLiteral("skills"), QStringLiteral("starred")};
    return fields;
}

} // namespace

ImportCommand::ImportCommand()
    : DatabaseCommand(QStringLiteral("import"),
                      ImportCommand::tr("Bring in a file: a ladder export (merged by UUID), or the wins of a jrnl journal, "
                                        "a CSV sheet or a Markdown brag document. Importing the same file again adds nothing."))
{
    m_options = {
        {QStringLiteral("format"),
         tr("The file's format: %1 (default: recognised from the content and the name).")
             .arg(WinFormats::names().join(QStringLiteral(", "))),
         QStringLiteral("FORMAT")},
        {QStringLiteral("timeformat"), tr("jrnl journal files: the journal's timeformat (default \"%Y-%m-%d %H:%M\")."),
         QStringLiteral("STRFTIME")},
        {QStringLiteral("tagsymbols"), tr("jrnl journal files: the characters that start a tag (default \"@\")."), QStringLiteral("CHARS")},
        {QStringLiteral("map"), tr("CSV: read FIELD from the column named HEADER (repeatable)."), QStringLiteral("FIELD=HEADER")},
        {QStringLiteral("dry-run"), tr("Say what would change, change nothing.")}};
    m_repeatable = {QStringLiteral("map")};
    m_arguments = {{QStringLiteral("FILE"), tr("The file to import.")}};
}

int ImportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        m_format = WinFormats::parse(name);
        if (!m_format)
            return context.usage(
                tr("import: --format %1: unknown format (known: %2)").arg(name, WinFormats::names().join(QStringLiteral(", "))));
    }
    m_readOptions = ReadOptions();
    if (parser.isSet(QStringLiteral("timeformat")))
        m_readOptions.timeFormat = parser.value(QStringLiteral("timeformat"));
    if (parser.isSet(QStringLiteral("tagsymbols"))) {
        m_readOptions.tagSymbols = parser.value(QStringLiteral("tagsymbols"));
        if (m_readOptions.tagSymbols.isEmpty())
            return context.usage(tr("import: --tagsymbols: give at least one character"));
    }
    for (const QString &mapping : parser.values(QStringLiteral("map"))) {
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        const QString field = mapping.left(equals).trimmed().toLower();
        const QString header = equals < 0 ? QString() : mapping.mid(equals + 1).trimmed();
        if (equals < 0 || header.isEmpty() || !mappableFields().contains(field))
            return context.usage(tr("import: --map %1: expected FIELD=HEADER with FIELD one of %2")
                                     .arg(TerminalText::line(mapping), mappableFields().join(QStringLiteral(", "))));
        if (m_readOptions.columns.contains(field))
            return context.usage(tr("import: --map: '%1' is mapped twice").arg(field));
        m_readOptions.columns.insert(field, header);
    }
    // Bounded before anything is read: `import /dev/zero` stops at once.
    Result<QByteArray> data = m_format == WinFormat::Ladder ? BoundedRead::jsonFile(path, BoundedRead::ExportLimit, tr("a ladder export"))
                                                            : BoundedRead::textFile(path, BoundedRead::ExportLimit, tr("an imported file"));
    if (!data)
        return context.fail(data.error());
    m_data = std::move(*data);
    return 0;
}

int ImportCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().first();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Result<ImportPlan> plan = workspace.transfer().planImport(m_data, QFileInfo(path).fileName(), m_format, m_readOptions);
    if (!plan)
        return context.fail(plan.error());
    if (dryRun) {
        // What would be added, one line each, as `win list` shows a win.
        for (const ImportedWin &entry : std::as_const(plan->entries)) {
            if (plan->isPresent(entry))
                continue;
            context.out() << entry.win.date.toString(Qt::ISODate) << "  " << (entry.win.starred ? "* " : "")
                          << TerminalText::line(entry.win.title) << '\n';
        }
        context.out().flush();
    }
    Result<ImportSummary> summary = workspace.transfer().commitImport(*plan, dryRun);
    if (!summary)
        return context.fail(summary.error());
    context.err() << summary->describe(dryRun) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
