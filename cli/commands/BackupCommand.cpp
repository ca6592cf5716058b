#include "BackupCommand.h"

#include "CommandContext.h"
#include "io/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ladder {

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"), QCoreApplication::translate("BackupCommand", "Copy the database to FILE (0600), consistently, even while others write."))
{
    m_arguments = {{QStringLiteral("FILE"), QCoreApplication::translate("BackupCommand", "Where the copy goes.")}};
}

int BackupCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString target = parser.positionalArguments().first();
    if (QFileInfo::exists(target))
        return context.fail(QCoreApplication::translate("BackupCommand", "backup %1: the file exists; choose a new name").arg(target));
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    if (auto copied = (*ws)->database().backupTo(target); !copied)
        return context.fail(copied.error());
    return 0;
}

} // namespace ladder
