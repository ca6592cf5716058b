// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/Roadmap.h"
#include "EngineJson.h"
#include "FrameworkLookup.h"
#include "report/ReportText.h"
#include "ReportOptions.h"
#include "TextTable.h"

namespace ladder {

RoadmapCommand::RoadmapCommand()
    : DatabaseCommand(QStringLiteral("roadmap"), RoadmapCommand::tr("Steps from your level to the next ones, most urgent first."))
{
    m_options = {ReportOptions::toOption()};
}

int RoadmapCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportData> data = ReportOptions::standing(workspace, parser);
    if (!data)
        return context.fail(data.error());
    // Without --to the roadmap runs to the top, so no default level here.
    QString to;
    if (parser.isSet(QStringLiteral("to"))) {
        Result<Level> level = findLevel(data->framework, parser.value(QStringLiteral("to")));
        if (!level)
            return context.fail(level.error().at(QStringLiteral("--to")));
        to = level->slug;
    }
    Result<RoadmapPlan> plan = workspace.review().roadmap(*data, to, context.today);
    if (!plan)
        return context.fail(to.isEmpty() ? plan.error() : plan.error().at(QStringLiteral("--to")));
    if (context.json) {
        context.printJson(roadmapPlanJson(*plan));
        return 0;
    }

    QTextStream &out = context.out();
    const Level *current = data->framework.level(data->currentLevelSlug);
    const QString currentName = current ? current->name : tr("no level");
    if (plan->atTop()) {
        out << context.shown(tr("%1 is the top level: nothing above it to plan.").arg(currentName)) << '\n';
        out.flush();
        return 0;
    }
    out << context.bold(tr("Roadmap from %1, ratings as of %2").arg(currentName, ReportText::date(context.today))) << '\n'
        << tr("%1 steps in %2 stages; %3 not covered by a goal.").arg(plan->stepCount).arg(plan->stages.size()).arg(plan->uncoveredCount)
        << '\n';
    out.flush();
    for (const RoadmapStage &stage : plan->stages) {
        out << '\n'
            << context.bold(tr("\u2192 %1").arg(stage.levelName)) << "  "
            << context.dim(tr("%1 steps, total gap %2").arg(stage.steps.size()).arg(stage.totalGap)) << '\n';
        out.flush();
        if (stage.steps.isEmpty()) {
            out << context.shown(tr("Nothing to grow: your ratings already reach %1.").arg(stage.levelName)) << '\n';
            continue;
        }
        TextTable table({tr("STEP"), tr("SKILL"), tr("FROM"), tr("TO"), tr("GAP"), tr("GOALS"), tr("FOR EXAMPLE")});
        table.setElidedColumn(6);
        int n = 0;
        for (const RoadmapStep &s : stage.steps) {
            QStringList goals;
            for (const CoveringGoal &g : s.coveringGoals)
                goals << QStringLiteral("#%1").arg(g.id);
            table.addRow({QString::number(++n), s.skillName, ReportText::proficiency(s.from, plan->scale),
                          ReportText::proficiency(s.to, plan->scale), QString::number(s.gap),
                          goals.isEmpty() ? tr("none") : goals.join(QStringLiteral(", ")), s.suggestedActions.value(0)},
                         {TextTable::Style::Dim, TextTable::Style::Plain, TextTable::Style::Plain, TextTable::Style::Plain,
                          TextTable::Style::Bold, s.uncovered ? TextTable::Style::Warn : TextTable::Style::Plain, TextTable::Style::Dim});
        }
        table.print(context);
    }
    out.flush();
    return 0;
}

} // namespace ladder
