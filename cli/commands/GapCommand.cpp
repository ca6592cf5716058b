// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/GapAnalysis.h"
#include "EngineJson.h"
#include "report/ReportText.h"
#include "ReportOptions.h"
#include "TextTable.h"

namespace ladder {

GapCommand::GapCommand()
    : DatabaseCommand(QStringLiteral("gap"), GapCommand::tr("The skills below a level's bar, largest gap first."))
{
    m_options = {ReportOptions::targetOption()};
}

int GapCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportOptions::Measure> measure = ReportOptions::measure(workspace, parser);
    if (!measure)
        return context.fail(measure.error());
    Result<GapReport> report = workspace.review().gap(measure->standing, measure->targetLevelSlug, context.today);
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(gapReportJson(*report));
        return 0;
    }

    QTextStream &out = context.out();
    out << context.bold(tr("Gap to %1 as of %2").arg(report->levelName, ReportText::date(context.today))) << '\n';
    const QList<SkillGap> gaps = GapAnalysis::largestFirst(*report);
    if (gaps.isEmpty()) {
        out << context.shown(tr("No gaps: your ratings reach every expectation of %1.").arg(report->levelName)) << '\n';
        out.flush();
        return 0;
    }
    out << tr("%1 of %2 expected skills below the bar, %3 steps in all; %4 not covered by a goal.")
               .arg(report->gapCount)
               .arg(report->expectedSkillCount)
               .arg(report->totalGap)
               .arg(report->uncoveredCount)
        << "\n\n";
    out.flush();
    TextTable table({tr("SKILL"), tr("CATEGORY"), tr("EXPECTED"), tr("RATING"), tr("GAP"), tr("GOALS")});
    for (const SkillGap &g : gaps) {
        const Category *category = measure->standing.framework.category(g.categorySlug);
        QStringList goals;
        for (const CoveringGoal &goal : g.coveringGoals)
            goals << QStringLiteral("#%1").arg(goal.id);
        table.addRow({g.skillName, category ? category->name : g.categorySlug, ReportText::proficiency(g.expected, report->scale),
                      ReportText::rating(g.rating, g.unrated, report->scale), QString::number(g.gap),
                      goals.isEmpty() ? tr("none") : goals.join(QStringLiteral(", "))},
                     {TextTable::Style::Plain, TextTable::Style::Dim, TextTable::Style::Plain,
                      g.unrated ? TextTable::Style::Dim : TextTable::Style::Plain, TextTable::Style::Bold,
                      g.uncovered ? TextTable::Style::Warn : TextTable::Style::Plain});
    }
    table.print(context);
    return 0;
}

} // namespace ladder
