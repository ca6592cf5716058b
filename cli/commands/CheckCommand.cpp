#include "CheckCommand.h"

#include "CommandContext.h"
#include "application/Transfer.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), QCoreApplication::translate("CheckCommand", "Check the integrity of the database file."))
{
}

int CheckCommand::execute(CommandContext &context, const QCommandLineParser &)
{
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    Result<QStringList> problems = (*ws)->transfer().check();
    if (!problems)
        return context.fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString &p : std::as_const(*problems))
            context.fail(QStringLiteral("%1: %2").arg((*ws)->path(), p));
        return 1;
    }
    context.out() << QCoreApplication::translate("CheckCommand", "%1: ok").arg((*ws)->path()) << '\n';
    context.out().flush();
    return 0;
}

} // namespace ladder
