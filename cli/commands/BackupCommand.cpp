#include "BackupCommand.h"

#include "CommandContext.h"
#include "application/Transfer.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"), QCoreApplication::translate("BackupCommand", "Copy the database to FILE (0600), consistently, even while others write."))
{
    m_arguments = {{QStringLiteral("FILE"), QCoreApplication::translate("BackupCommand", "Where the copy goes.")}};
}

int BackupCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString target = parser.positionalArguments().first();
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    if (auto copied = (*ws)->transfer().backupTo(target); !copied)
        return context.fail(copied.error());
    return 0;
}

} // namespace ladder
