// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "application/Merge.h"
#include "application/Workspace.h"
#include "CommandContext.h"

#include <QFileInfo>

namespace ladder {

MergeCommand::MergeCommand()
    : DatabaseCommand(QStringLiteral("merge"),
                      MergeCommand::tr("Bring in the wins, ratings, goals and frameworks of another Ladder database; the newer edit wins."))
{
    m_options = {{QStringLiteral("dry-run"), tr("Say what would change, change nothing.")}};
    m_arguments = {{QStringLiteral("OTHER"), tr("The other database file (read only, never changed).")}};
}

int MergeCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    // Before the database is opened: a mistyped name creates nothing.
    const QString other = parser.positionalArguments().first();
    if (!QFileInfo::exists(other))
        return context.fail(Error(tr("merge %1: no such database").arg(other)));
    return 0;
}

int MergeCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Result<MergeReport> report = workspace.merge().mergeFrom(parser.positionalArguments().first(), dryRun);
    if (!report)
        return context.fail(report.error());
    context.err() << report->describe() << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
