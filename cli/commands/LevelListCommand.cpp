// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelListCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/LevelLookup.h"
#include "engine/ReadinessReport.h"
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

    // Each level is measured as `readiness --target LEVEL` measures it (the
    // default period, the 12 months ending today), so the two always agree:
    // a skill counts only where the level expects something of it, and it is
    // met when a win in the period backs a rating at the bar.
    const Period period = Period::lastTwelveMonths(context.today);
    QJsonArray array;
    TextTable table({QString(), tr("LEVEL"), tr("NAME"), tr("SKILLS MET"), tr("DESCRIPTION")});
    table.setElidedColumn(4);
    for (const Level &level : LevelLookup::byRank(*fw)) {
        Result<ReadinessReport> readiness = workspace.review().readiness(*standing, level.slug, period);
        if (!readiness)
            return context.fail(readiness.error());
        const int met = readiness->metCount;
        const int expected = readiness->expectedSkillCount;
        const bool isCurrent = level.slug == standing->currentLevelSlug;
        array.append(QJsonObject{{QStringLiteral("rank"), level.rank},
                                 {QStringLiteral("slug"), level.slug},
                                 {QStringLiteral("name"), level.name},
                                 {QStringLiteral("description"), level.description},
                                 {QStringLiteral("current"), isCurrent},
                                 {QStringLiteral("skills"), int(fw->skills.size())},
                                 {QStringLiteral("skills_expected"), expected},
                                 {QStringLiteral("skills_met"), met}});
        const TextTable::Style style = isCurrent ? TextTable::Style::Bold : TextTable::Style::Plain;
        table.addRow({isCurrent ? QStringLiteral("*") : QString(), level.slug, level.name, QStringLiteral("%1/%2").arg(met).arg(expected),
                      level.description},
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
