// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/Readiness.h"
#include "EngineJson.h"
#include "report/ReportText.h"
#include "ReportOptions.h"
#include "TextTable.h"

namespace ladder {

namespace {

TextTable::Style statusStyle(SkillStatus status)
{
    switch (status) {
    case SkillStatus::Met: return TextTable::Style::Accent;
    case SkillStatus::Claimed: return TextTable::Style::Plain;
    case SkillStatus::Gap: return TextTable::Style::Warn;
    case SkillStatus::NotExpected:
    case SkillStatus::NotApplicable: return TextTable::Style::Dim;
    }
    return TextTable::Style::Plain;
}

} // namespace

ReadinessCommand::ReadinessCommand()
    : DatabaseCommand(QStringLiteral("readiness"), ReadinessCommand::tr("How ready you are for a level over a period, with the evidence."))
{
    m_options = {ReportOptions::targetOption(), ReportOptions::periodOption()};
}

int ReadinessCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Result<Period> period = ReportOptions::period(parser, context.today);
    if (!period)
        return context.fail(period.error());
    // The table shows counts only; --json lists every evidence win.
    m_period = *period;
    return 0;
}

int ReadinessCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportOptions::Measure> measure = ReportOptions::measure(workspace, parser);
    if (!measure)
        return context.fail(measure.error());
    Result<ReadinessReport> report
        = workspace.review().readiness(measure->standing, measure->targetLevelSlug, m_period, context.json ? -1 : 0);
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(readinessReportJson(*report));
        return 0;
    }

    QTextStream &out = context.out();
    out << context.bold(
        tr("Readiness for %1, %2: %3").arg(report->levelName, ReportText::period(report->period), ReportText::readiness(*report)))
        << '\n'
        << context.shown(ReportText::overallSummary(*report)) << "\n\n";
    out.flush();

    TextTable categories({tr("CATEGORY"), tr("READINESS"), tr("MET"), tr("CLAIMED"), tr("GAP"), tr("NOT EXPECTED")});
    for (const CategoryReadiness &c : report->categories) {
        categories.addRow({c.categoryName, ReportText::readiness(c), QString::number(c.metCount), QString::number(c.claimedCount),
                           QString::number(c.gapCount), QString::number(c.notExpectedCount)},
                          {TextTable::Style::Plain, TextTable::Style::Bold});
    }
    categories.print(context);
    out << '\n';

    TextTable skills({tr("SKILL"), tr("EXPECTED"), tr("RATING"), tr("STATUS"), tr("WINS"), tr("GOALS")});
    for (const CategoryReadiness &c : report->categories) {
        for (const SkillReadiness &s : c.skills) {
            QStringList goals;
            for (const CoveringGoal &g : s.coveringGoals)
                goals << QStringLiteral("#%1").arg(g.id);
            const QString plan = goals.isEmpty() ? (s.uncovered ? tr("none") : QString()) : goals.join(QStringLiteral(", "));
            skills.addRow({s.skillName, ReportText::expected(s.expected, s.applicable, report->scale),
                           ReportText::rating(s.rating, s.unrated, report->scale), ReportText::status(s.status),
                           QString::number(s.evidenceCount), plan},
                          {TextTable::Style::Plain, TextTable::Style::Plain, s.unrated ? TextTable::Style::Dim : TextTable::Style::Plain,
                           statusStyle(s.status), TextTable::Style::Plain, s.uncovered ? TextTable::Style::Warn : TextTable::Style::Plain});
        }
    }
    skills.print(context);
    return 0;
}

} // namespace ladder
