// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "CommandContext.h"

namespace ladder {

BackupCommand::BackupCommand()
    : DatabaseCommand(QStringLiteral("backup"),
                      BackupCommand::tr("Copy the database to FILE (0600), consistently, even while others write."))
{
    m_arguments = {{QStringLiteral("FILE"), tr("Where the copy goes.")}};
}

int BackupCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString target = parser.positionalArguments().first();
    if (auto copied = workspace.transfer().backupTo(target); !copied)
        return context.fail(copied.error());
    return 0;
}

} // namespace ladder
