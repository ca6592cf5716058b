#include "BackupCommand.h"

#include "CommandContext.h"
#include "files/DatabaseFiles.h"
#include "application/Workspace.h"

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
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    // The database's own files first: "exists" would hide what is wrong.
    if (auto refused = DatabaseFiles::refuseAsOutput(target); !refused)
        return context.fail(refused.error());
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return context.fail(QCoreApplication::translate("BackupCommand", "backup %1: the file exists; choose a new name").arg(target));
    if (auto copied = (*ws)->database().backupTo(target); !copied)
        return context.fail(copied.error());
    return 0;
}

} // namespace ladder
