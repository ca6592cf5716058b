// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelSetCommand.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "FrameworkLookup.h"

namespace ladder {

LevelSetCommand::LevelSetCommand()
    : DatabaseCommand(QStringLiteral("level set"), LevelSetCommand::tr("Set your current level (gaps and the roadmap start from it)."))
{
    m_arguments = {{QStringLiteral("LEVEL"), tr("A level of the active framework, by slug or name (see level list).")}};
}

int LevelSetCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<Framework> fw = workspace.frameworks().active();
    if (!fw)
        return context.fail(fw.error());
    Result<Level> level = findLevel(*fw, parser.positionalArguments().first());
    if (!level)
        return context.fail(level.error());
    if (auto set = workspace.ratings().setCurrentLevel(level->slug); !set)
        return context.fail(set.error());
    QString message = tr("Your level is now %1 (%2).").arg(level->name, level->slug);
    if (const Level *next = fw->nextLevel(level->slug))
        message += QLatin1Char(' ') + tr("Next: %1 (see: ladder-cli skill list).").arg(next->name);
    context.err() << message << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
