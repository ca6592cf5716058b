// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkUseCommand.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "FrameworkLookup.h"
#include "TerminalText.h"

namespace ladder {

FrameworkUseCommand::FrameworkUseCommand()
    : DatabaseCommand(
        QStringLiteral("framework use"),
        FrameworkUseCommand::tr("Make a framework the active one; wins, ratings and goals are kept (skills are matched by slug)."))
{
    m_arguments = {{QStringLiteral("SLUG"), tr("The framework (see framework list).")}};
}

int FrameworkUseCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<QList<Framework>> frameworks = workspace.frameworks().list();
    if (!frameworks)
        return context.fail(frameworks.error());
    Result<Framework> fw = findFramework(*frameworks, parser.positionalArguments().first());
    if (!fw)
        return context.fail(fw.error());
    QTextStream &err = context.err();
    if (fw->active) {
        err << tr("Framework '%1' is already the active one.").arg(fw->slug) << '\n';
        err.flush();
        return 0;
    }
    if (auto activated = workspace.frameworks().activate(fw->slug); !activated)
        return context.fail(activated.error());

    err << TerminalText::line(
        tr("Active framework: %1 (%2; levels: %3, skills: %4).").arg(fw->name, fw->slug).arg(fw->levels.size()).arg(fw->skills.size()))
        << '\n';
    // Each framework keeps the user's level in it, so switching back
    // restores it; the first level stands in for one never set.
    Result<QString> stored = workspace.ratings().storedLevel();
    Result<QString> current = workspace.ratings().currentLevel();
    if (!stored || !current)
        return context.fail(!stored ? stored.error() : current.error());
    if (const Level *level = fw->level(*current)) {
        if (*stored == *current)
            err << TerminalText::line(tr("Your level: %1 (%2).").arg(level->name, level->slug)) << '\n';
        else
            err << TerminalText::line(tr("Your level in '%1' is not set; its lowest, %2 (%3), stands in until: ladder-cli level set LEVEL")
                                          .arg(fw->slug, level->name, level->slug))
                << '\n';
    }
    Result<QHash<QString, int>> rated = workspace.ratings().latest();
    if (!rated)
        return context.fail(rated.error());
    int shared = 0;
    for (auto it = rated->cbegin(); it != rated->cend(); ++it)
        shared += fw->skill(it.key()) ? 1 : 0;
    err << tr("Rated skills of this framework: %1 of %2 (ratings of other skills are kept).").arg(shared).arg(fw->skills.size()) << '\n';
    err.flush();
    return 0;
}

} // namespace ladder
