// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <cmath>

namespace ladder {

namespace {

// English has no .qm file: the source strings carry the singular and the
// plural, each translatable (QT_TR_NOOP at the call, so that lupdate finds
// them in ReportText's context), and %1 takes the number.
QString counted(int n, const char *one, const char *many)
{
    return (n == 1 ? ReportText::tr(one) : ReportText::tr(many)).arg(n);
}

const QString Dot = QStringLiteral(" \u00b7 ");

} // namespace

QString ReportText::status(SkillStatus status)
{
    switch (status) {
    case SkillStatus::Met: return tr("met");
    case SkillStatus::Claimed: return tr("claimed, no evidence");
    case SkillStatus::Gap: return tr("gap");
    case SkillStatus::NotExpected: return tr("not expected");
    case SkillStatus::NotApplicable: return tr("not applicable");
    }
    return tr("gap");
}

QString ReportText::rating(int rating, bool unrated, const ProficiencyScale &scale)
{
    return unrated ? tr("unrated") : proficiency(rating, scale);
}

QString ReportText::proficiency(int value, const ProficiencyScale &scale)
{
    return scale.isValid(value) ? scale.label(value) : QString::number(value);
}

QString ReportText::expected(int value, bool applicable, const ProficiencyScale &scale)
{
    return applicable ? proficiency(value, scale) : notApplicable();
}

QString ReportText::notApplicable()
{
    return tr("n/a");
}

QString ReportText::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString ReportText::percent(int percent)
{
    return tr("%1%").arg(percent);
}

QString ReportText::readiness(const CategoryReadiness &category)
{
    return category.hasExpectations() ? percent(category.percent) : tr("nothing expected");
}

QString ReportText::readiness(const ReadinessReport &report)
{
    return report.expectedSkillCount > 0 ? percent(report.percent) : tr("nothing expected");
}

QString ReportText::period(const Period &period)
{
    const QString range = tr("%1 to %2").arg(date(period.from), date(period.to));
    const QString typed = period.text.trimmed();
    if (typed.isEmpty() || typed.contains(QLatin1String("..")))
        return range;
    return tr("%1 (%2)").arg(typed, range);
}

QString ReportText::readinessTitle(const ReportHeader &header)
{
    return tr("Promotion readiness: %1").arg(header.targetLevelName);
}

QString ReportText::bragTitle(const ReportHeader &header)
{
    const QString typed = header.period.text.trimmed();
    return tr("Brag document: %1")
        .arg(typed.isEmpty() || typed.contains(QLatin1String("..")) ? tr("%1 to %2").arg(date(header.period.from), date(header.period.to))
                                                                    : typed);
}

QString ReportText::readinessByline(const ReportHeader &header)
{
    QStringList parts;
    if (!header.userName.isEmpty())
        parts << header.userName;
    if (!header.currentLevelName.isEmpty() && header.currentLevelSlug != header.targetLevelSlug)
        parts << tr("%1 \u2192 %2").arg(header.currentLevelName, header.targetLevelName);
    else
        parts << header.targetLevelName;
    parts << period(header.period);
    return parts.join(Dot);
}

QString ReportText::bragByline(const BragReportModel &model)
{
    QStringList parts;
    if (!model.header.userName.isEmpty())
        parts << model.header.userName;
    if (!model.header.currentLevelName.isEmpty())
        parts << model.header.currentLevelName;
    parts << period(model.header.period);
    parts << (model.grouping == BragReportModel::Grouping::Month ? tr("grouped by month") : tr("grouped by skill"));
    return parts.join(Dot);
}

QString ReportText::generated(const ReportHeader &header)
{
    if (header.userName.isEmpty())
        return tr("Generated %1 by Ladder.").arg(date(header.generatedOn));
    return tr("Generated for %1, %2, by Ladder.").arg(header.userName, date(header.generatedOn));
}

QString ReportText::overallSummary(const ReadinessReport &report)
{
    if (report.expectedSkillCount == 0)
        return tr("%1 expects nothing of this framework's skills.").arg(report.levelName);
    QStringList parts;
    parts << (report.expectedSkillCount == 1 ? tr("%1 of 1 expected skill met") : tr("%1 of %2 expected skills met"))
                 .arg(report.metCount)
                 .arg(report.expectedSkillCount);
    parts << tr("%1 claimed without evidence").arg(report.claimedCount);
    parts << tr("%1 with a gap").arg(report.gapCount);
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (report.notApplicableCount > 0)
        text += QLatin1Char(' ')
            + counted(report.notApplicableCount, QT_TR_NOOP("%1 more skill does not apply at %2."),
                      QT_TR_NOOP("%1 more skills do not apply at %2."))
                  .arg(report.levelName);
    if (report.notExpectedCount > 0)
        text += QLatin1Char(' ')
            + counted(report.notExpectedCount, QT_TR_NOOP("%1 more skill is not expected at %2."),
                      QT_TR_NOOP("%1 more skills are not expected at %2."))
                  .arg(report.levelName);
    if (report.unratedCount > 0)
        text += QLatin1Char(' ')
            + counted(report.unratedCount, QT_TR_NOOP("%1 expected skill is not rated yet."),
                      QT_TR_NOOP("%1 expected skills are not rated yet."));
    text += QLatin1Char(' ')
        + counted(report.evidenceWinCount, QT_TR_NOOP("%1 win in the period serves as evidence."),
                  QT_TR_NOOP("%1 wins in the period serve as evidence."));
    if (report.uncoveredCount > 0)
        text += QLatin1Char(' ')
            + counted(report.uncoveredCount, QT_TR_NOOP("%1 skill needs action and no goal covers it yet."),
                      QT_TR_NOOP("%1 skills need action and no goal covers them yet."));
    return text;
}

QString ReportText::bragSummary(const BragReportModel &model)
{
    if (model.winCount == 0)
        return tr("No wins in this period.");
    return counted(model.winCount, QT_TR_NOOP("%1 win"), QT_TR_NOOP("%1 wins")) + QStringLiteral(", ")
        + tr("%1 starred").arg(model.starredCount) + QStringLiteral(", ")
        + counted(model.skillCount, QT_TR_NOOP("linked to %1 skill."), QT_TR_NOOP("linked to %1 skills."));
}

QString ReportText::skillFacts(const SkillReadiness &skill, const ProficiencyScale &scale)
{
    QStringList parts;
    if (!skill.applicable)
        parts << tr("Does not apply");
    else
        parts << tr("Expected %1").arg(skill.expected > 0 ? proficiency(skill.expected, scale) : tr("nothing"));
    if (skill.unrated)
        parts << tr("not rated");
    else
        parts << tr("rated %1 on %2").arg(proficiency(skill.rating, scale), date(skill.ratedOn));
    parts << counted(skill.evidenceCount, QT_TR_NOOP("%1 win"), QT_TR_NOOP("%1 wins"));
    return parts.join(Dot);
}

QString ReportText::missingReason(const MissingSkill &skill, const QString &levelName, const ProficiencyScale &scale)
{
    const auto label = [&scale](int value) { return ReportText::proficiency(value, scale); };
    if (skill.status == SkillStatus::Claimed) {
        return tr("Rated %1, at the bar for %2, but no win in the period shows it: log the wins that do.")
            .arg(label(skill.rating), levelName);
    }
    if (skill.unrated)
        return tr("Not rated yet; %1 expects %2.").arg(levelName, label(skill.expected));
    if (skill.gap == 1)
        return tr("Rated %1; %2 expects %3 (1 step short).").arg(label(skill.rating), levelName, label(skill.expected));
    return tr("Rated %1; %2 expects %3 (%4 steps short).")
        .arg(label(skill.rating), levelName, label(skill.expected), QString::number(skill.gap));
}

QString ReportText::coveringGoal(const CoveringGoal &goal)
{
    const int percentDone = int(std::lround(goal.progress * 100.0));
    if (goal.due.isValid())
        return tr("#%1 %2 (due %3, %4 done)").arg(QString::number(goal.id), goal.title, date(goal.due), percent(percentDone));
    return tr("#%1 %2 (%3 done)").arg(QString::number(goal.id), goal.title, percent(percentDone));
}

QString ReportText::goalFacts(const Goal &goal, const QDate &today, const QMap<QString, QString> &skillNames)
{
    QStringList parts;
    if (goal.due.isValid()) {
        parts << (goal.isOverdue(today) ? tr("Due %1 (overdue)") : tr("Due %1")).arg(date(goal.due));
    } else {
        parts << tr("No due date");
    }
    if (!goal.milestones.isEmpty()) {
        int done = 0;
        for (const Milestone &m : goal.milestones)
            done += m.isDone() ? 1 : 0;
        parts << tr("%1 of %2 milestones done").arg(done).arg(goal.milestones.size());
    }
    if (!goal.skillSlugs.isEmpty()) {
        QStringList names;
        for (const QString &slug : goal.skillSlugs)
            names << skillNames.value(slug, slug);
        parts << tr("Skills: %1").arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(Dot);
}

QString ReportText::milestoneFacts(const Milestone &milestone)
{
    if (milestone.isDone())
        return tr("done %1").arg(date(milestone.doneOn));
    if (milestone.due.isValid())
        return tr("due %1").arg(date(milestone.due));
    return {};
}

QString ReportText::impact(const QString &impact)
{
    return tr("Impact: %1").arg(impact);
}

QString ReportText::noWins()
{
    return tr("No wins in the period.");
}

QString ReportText::moreWins(int count)
{
    return counted(count, QT_TR_NOOP("%1 more win in the period; the strongest are listed."),
                   QT_TR_NOOP("%1 more wins in the period; the strongest are listed."));
}

QString ReportText::strongestIntro(int count)
{
    return counted(
        count, QT_TR_NOOP("Each skill with its strongest win of the period: starred first, then those with an impact, then the newest."),
        QT_TR_NOOP("Each skill with its %1 strongest wins of the period: starred first, then those with an impact, then the newest."));
}

QString ReportText::appendixTitle()
{
    return tr("Appendix: the evidence");
}

QString ReportText::appendixIntro(int appendix)
{
    if (appendix < 0)
        return tr("Every win of the period, per skill, newest first.");
    return counted(appendix, QT_TR_NOOP("The strongest win of the period, per skill."),
                   QT_TR_NOOP("Up to %1 wins of the period per skill, the strongest, newest first."));
}

QString ReportText::noGoal()
{
    return tr("No goal covers it yet.");
}

QString ReportText::examplesAt(const QString &levelName)
{
    return tr("What would show it at %1:").arg(levelName);
}

QString ReportText::star()
{
    return QString(QChar(0x2605));
}

} // namespace ladder
