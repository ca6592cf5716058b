// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "GoalCoverage.h"
#include "LevelLookup.h"
#include "RatingSnapshot.h"
#include "ReadinessScore.h"
#include "SkillOrder.h"

#include <QSet>

#include <algorithm>

namespace ladder {

namespace {

// Adds one skill to the tallies of a category or of the whole report; both
// aggregate the same way, so this is written once.
template<typename Tally>
void count(Tally &tally, const SkillReadiness &s)
{
    switch (s.status) {
    case SkillStatus::Met: ++tally.metCount; break;
    case SkillStatus::Claimed: ++tally.claimedCount; break;
    case SkillStatus::Gap: ++tally.gapCount; break;
    case SkillStatus::NotExpected: ++tally.notExpectedCount; break;
    case SkillStatus::NotApplicable: ++tally.notApplicableCount; break;
    }
    if (s.status == SkillStatus::NotExpected || s.status == SkillStatus::NotApplicable)
        return;
    ++tally.expectedSkillCount;
    tally.points += s.points;
    tally.unratedCount += s.unrated ? 1 : 0;
}

template<typename Tally>
void finish(Tally &tally, int fullPoints)
{
    tally.score = ReadinessScore::fraction(tally.points, tally.expectedSkillCount, fullPoints);
    tally.percent = ReadinessScore::percent(tally.points, tally.expectedSkillCount, fullPoints);
}

} // namespace

SkillStatus Readiness::status(int rating, int expected, int evidenceCount)
{
    // LevelLookup::counts: a skill the level expects nothing of is left out.
    if (expected <= 0)
        return SkillStatus::NotExpected;
    if (rating < expected)
        return SkillStatus::Gap;
    return evidenceCount > 0 ? SkillStatus::Met : SkillStatus::Claimed;
}

Result<ReadinessReport> Readiness::compute(const Framework &framework, const QList<Assessment> &assessments,
                                           const EvidenceSummary &evidence, const QList<Goal> &goals, const QString &levelSlug,
                                           const Period &period)
{
    const Result<Level> level = LevelLookup::find(framework, levelSlug);
    if (!level)
        return level.error();
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from) {
        const QString text = period.text.isEmpty()
            ? period.from.toString(Qt::ISODate) + QStringLiteral("..") + period.to.toString(Qt::ISODate)
            : period.text;
        return Error(tr("invalid period '%1': it needs a start and an end on or after it").arg(text));
    }

    // The rating that counts is the one the user held when the period closed: a
    // re-rating after the review period must not change that period's summary.
    const ProficiencyScale &scale = framework.scale;
    const int fullPoints = ReadinessScore::fullPoints(scale);
    const RatingSnapshot ratings(assessments, period.to, scale);

    ReadinessReport report;
    report.levelSlug = level->slug;
    report.levelName = level->name;
    report.period = period;
    report.scale = scale;
    report.fullPoints = fullPoints;

    const QList<const Skill *> skills = SkillOrder::skills(framework);
    for (const Category &category : SkillOrder::categories(framework)) {
        CategoryReadiness c;
        c.categorySlug = category.slug;
        c.categoryName = category.name;
        for (const Skill *skill : skills) {
            if (skill->categorySlug != category.slug)
                continue;
            SkillReadiness s;
            s.skillSlug = skill->slug;
            s.skillName = skill->name;
            s.categorySlug = skill->categorySlug;
            s.expected = LevelLookup::expected(*skill, level->slug, scale);
            s.applicable = skill->appliesAt(level->slug);
            if (const Expectation *e = skill->expectationFor(level->slug))
                s.behaviours = e->behaviours;
            s.rating = ratings.rating(skill->slug);
            const Assessment *assessment = ratings.latest(skill->slug);
            s.unrated = assessment == nullptr;
            s.ratedOn = assessment ? assessment->date : QDate();
            s.gap = std::max(0, s.expected - s.rating);
            s.evidence = evidence.listed.value(skill->slug);
            s.evidenceCount = evidence.counts.value(skill->slug);
            s.status = s.applicable ? status(s.rating, s.expected, s.evidenceCount) : SkillStatus::NotApplicable;
            s.points = ReadinessScore::points(s.rating, s.expected, s.evidenceCount > 0, scale);
            s.score = ReadinessScore::fraction(s.points, 1, fullPoints);
            s.percent = ReadinessScore::percent(s.points, 1, fullPoints);
            s.coveringGoals = GoalCoverage::covering(goals, skill->slug);
            s.uncovered = (s.status == SkillStatus::Gap || s.status == SkillStatus::Claimed) && s.coveringGoals.isEmpty();

            count(c, s);
            count(report, s);
            report.uncoveredCount += s.uncovered ? 1 : 0;
            c.skills.append(s);
        }
        finish(c, fullPoints);
        report.categories.append(c);
    }
    finish(report, fullPoints);
    report.evidenceWinCount = evidence.distinctWins;
    return report;
}

} // namespace ladder
