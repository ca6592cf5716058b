// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BragReportModel.h"
#include "domain/ProficiencyScale.h"
#include "engine/CategoryReadiness.h"
#include "engine/CoveringGoal.h"
#include "engine/SkillStatus.h"
#include "MissingSkill.h"
#include "ReadinessReportModel.h"
#include "ReportHeader.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

// The words and sentences every report format shares (translated in one
// context), so that Markdown, HTML, PDF and the terminal tables say the same
// thing. Plain text: each writer escapes it for its own format.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    // "met", "claimed, no evidence", "gap", "not expected", "not applicable"
    static QString status(SkillStatus status);
    // "3 fluent" on the framework's scale, or "unrated" for a skill never rated
    static QString rating(int rating, bool unrated, const ProficiencyScale &scale);
    // "3 fluent" on the framework's scale; a number outside it (a rating given
    // on another framework's longer scale) is shown as the bare number.
    static QString proficiency(int value, const ProficiencyScale &scale);
    // What a level expects: proficiency(), or "n/a" where the skill does not apply.
    static QString expected(int value, bool applicable, const ProficiencyScale &scale);
    static QString notApplicable();         // "n/a"
    static QString date(const QDate &date); // ISO 8601, "" for a null date
    static QString percent(int percent);    // "54%"
    // "75%", or "nothing expected" for a category the level asks nothing of
    static QString readiness(const CategoryReadiness &category);
    static QString readiness(const ReadinessReport &report);
    // "2026-H1 (2026-01-01 to 2026-06-30)", or just the dates when the text was a range
    static QString period(const Period &period);

    static QString readinessTitle(const ReportHeader &header); // "Promotion readiness: Senior"
    static QString bragTitle(const ReportHeader &header);      // "Brag document: 2026-H1"
    // "Alex Rivera · Mid-level → Senior · 2025-11-23 to 2026-11-22"
    static QString readinessByline(const ReportHeader &header);
    // "Alex Rivera · Mid-level · 2026-01-01 to 2026-06-30 · grouped by skill"
    static QString bragByline(const BragReportModel &model);
    // "Generated for Alex Rivera, 2026-11-22." (no name: "Generated 2026-11-22.")
    static QString generated(const ReportHeader &header);

    // "1 of 4 expected skills met, 1 claimed without evidence, 2 with a gap. ..."
    static QString overallSummary(const ReadinessReport &report);
    // "12 wins, 3 starred, touching 9 skills."
    static QString bragSummary(const BragReportModel &model);
    // "Expected 3 fluent · rated 2 practising on 2026-04-01 · 2 wins"
    static QString skillFacts(const SkillReadiness &skill, const ProficiencyScale &scale);
    // Why a skill is in "what is missing", in one sentence.
    static QString missingReason(const MissingSkill &skill, const QString &levelName, const ProficiencyScale &scale);
    // "#3 Design a service (due 2026-03-01, 33%)"
    static QString coveringGoal(const CoveringGoal &goal);
    // "Due 2026-03-01 · 1 of 3 milestones done · Skills: System design"
    static QString goalFacts(const Goal &goal, const QDate &today, const QMap<QString, QString> &skillNames);
    // "done 2026-01-10" / "due 2026-02-01" / ""
    static QString milestoneFacts(const Milestone &milestone);
    static QString impact(const QString &impact); // "Impact: ..."
    static QString noWins();
    // "12 more wins in the period; the strongest are listed."
    static QString moreWins(int count);
    // Under "Skills": which wins each skill shows (WinOrder::strongestFirst).
    static QString strongestIntro(int count);
    // "Appendix: the evidence"; under it "Up to 20 wins per skill, ..." or
    // "Every win of the period, ..." (ReadinessReportModel::appendix).
    static QString appendixTitle();
    static QString appendixIntro(int appendix);
    static QString noGoal();                             // "No goal covers it yet."
    static QString examplesAt(const QString &levelName); // "What would show it at Senior:"
    static QString star();                               // "★"
};

} // namespace ladder
