// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelListCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/LevelLookup.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ladder {

LevelListCommand::LevelListCommand()
    : DatabaseCommand(QStringLiteral("level list"), LevelListCommand::tr("The levels of the framework, lowest first; * marks yours."))
{
}

int LevelListCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    Result<ReportData> standing = workspace.review().standing();
    if (!standing)
        return context.fail(standing.error());
    const Framework *fw = &standing->framework;

    QJsonArray array;
    TextTable table({QString(), tr("LEVEL"), tr("NAME"), tr("SKILLS MET"), tr("DESCRIPTION")});
    table.setElidedColumn(4);
    for (const Level &level : LevelLookup::byRank(*fw)) {
        // Goals do not change what is met.
        Result<GapReport> gaps = workspace.review().gap(*standing, level.slug, context.today);
        if (!gaps)
            return context.fail(gaps.error());
        const int met = int(gaps->skills.size()) - gaps->gapCount;
        const bool isCurrent = level.slug == standing->currentLevelSlug;
        array.append(QJsonObject{{QStringLiteral("rank"), level.rank},
                                 {QStringLiteral("slug"), level.slug},
                                 {QStringLiteral("name"), level.name},
                                 {QStringLiteral("description"), level.description},
                                 {QStringLiteral("current"), isCurrent},
                                 {QStringLiteral("skills"), int(gaps->skills.size())},
                                 {QStringLiteral("skills_met"), met}});
        const TextTable::Style style = isCurrent ? TextTable::Style::Bold : TextTable::Style::Plain;
        table.addRow({isCurrent ? QStringLiteral("*") : QString(), level.slug, level.name,
                      QStringLiteral("%1/%2").arg(met).arg(gaps->skills.size()), level.description},
                     {TextTable::Style::Accent, style, style});
    }
    if (context.json) {
        context.printJson(array);
        return 0;
    }
    table.print(context);
    return 0;
}

} // namespace ladder
