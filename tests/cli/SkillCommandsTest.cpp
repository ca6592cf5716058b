// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInput.h"
#include "CliRunner.h"
#include "TempDir.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#define S(x) QStringLiteral(x)

namespace {

// "Today" is 2026-11-22 (CliRunner).
class SkillCommands : public ::testing::Test
{
protected:
    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};

    QJsonDocument json(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(arguments + QStringList{S("--json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8());
    }
    CliResult rate(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(QStringList{S("skill"), S("rate")} + arguments);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r;
    }
    QJsonObject skill(const QString &slug, const QStringList &extra = {})
    {
        for (const QJsonValue &v : json(QStringList{S("skill"), S("list")} + extra).array()) {
            if (v[S("skill")].toString() == slug)
                return v.toObject();
        }
        return {};
    }
};

TEST_F(SkillCommands, EveryRatingIsANewDatedRowAndHistoryShowsThemAll)
{
    rate({S("testing"), S("1"), S("--date"), S("2026-09-01"), S("--note"), S("first look")});
    rate({S("testing"), S("2"), S("--date"), S("2026-10-01")});
    const CliResult third = rate({S("testing"), S("fluent"), S("--note"), S("wrote the test strategy")});
    EXPECT_EQ(third.err, S("Rated testing 3 fluent on 2026-11-22 (before: 2 practising on 2026-10-01).\n"));
    EXPECT_TRUE(third.out.isEmpty());
    // A rating for an earlier day slots into the history; it does not replace anything.
    rate({S("testing"), S("0"), S("--date"), S("2025-11-22")});

    const QJsonArray history = json({S("skill"), S("history"), S("testing")}).array();
    ASSERT_EQ(history.size(), 4);
    QStringList rows;
    for (const QJsonValue &v : history)
        rows << v[S("date")].toString() + QLatin1Char(' ') + QString::number(v[S("rating")].toInt()) + QLatin1Char(' ')
                + v[S("rating_word")].toString();
    EXPECT_EQ(rows,
              (QStringList{S("2025-11-22 0 none"), S("2026-09-01 1 learning"), S("2026-10-01 2 practising"), S("2026-11-22 3 fluent")}));
    EXPECT_EQ(history.at(1)[S("note")].toString(), S("first look"));

    const CliResult text = m_cli.run({S("skill"), S("history"), S("testing")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_EQ(text.out,
              S("Testing (testing)\n"
                "Junior expects 1 learning; Mid-level expects 2 practising\n"
                "DATE        RATING        CHANGE  NOTE\n"
                "2025-11-22  0 none\n"
                "2026-09-01  1 learning    +1      first look\n"
                "2026-10-01  2 practising  +1\n"
                "2026-11-22  3 fluent      +1      wrote the test strategy\n"));

    // The rating in force is the latest by date.
    EXPECT_EQ(skill(S("testing"))[S("rating")].toInt(), 3);
    EXPECT_EQ(skill(S("testing"))[S("rated_on")].toString(), S("2026-11-22"));
}

TEST_F(SkillCommands, RatingWordsAndJsonOutput)
{
    const CliResult r = m_cli.run({S("skill"), S("rate"), S("debugging"), S("Practising"), S("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(a[S("skill")].toString(), S("debugging"));
    EXPECT_EQ(a[S("rating")].toInt(), 2);
    EXPECT_EQ(a[S("rating_word")].toString(), S("practising"));
    EXPECT_EQ(a[S("date")].toString(), S("2026-11-22"));
    EXPECT_FALSE(a[S("uuid")].toString().isEmpty());
}

TEST_F(SkillCommands, SkillListShowsRatingExpectationsAndGapByCategory)
{
    rate({S("code-quality"), S("2")});
    rate({S("testing"), S("1")});
    const CliResult r = m_cli.run({S("skill"), S("list")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(S("CATEGORY    SKILL                   RATING        JUNIOR (CURRENT)  MID-LEVEL (NEXT)  GAP\n"
                                   "Craft       code-quality            2 practising  1 learning        2 practising      0\n"
                                   "            testing                 1 learning    1 learning        2 practising      1\n"
                                   "            debugging               \u2014             1 learning        2 practising      2\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(S("\nSystems     system-design           \u2014"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.endsWith(
        S("\n\nBelow Mid-level on 24 of 25 skills; total gap 40. Unrated: 23 (rate with: ladder-cli skill rate SLUG 0-4).\n")))
        << r.out.toStdString();

    const QJsonObject testing = skill(S("testing"));
    EXPECT_EQ(testing[S("category")].toString(), S("craft"));
    EXPECT_EQ(testing[S("category_name")].toString(), S("Craft"));
    EXPECT_EQ(testing[S("rating_word")].toString(), S("learning"));
    EXPECT_EQ(testing[S("current_level")].toString(), S("junior"));
    EXPECT_EQ(testing[S("current_expects")].toInt(), 1);
    EXPECT_EQ(testing[S("target_level")].toString(), S("mid-level"));
    EXPECT_EQ(testing[S("target_expects_word")].toString(), S("practising"));
    EXPECT_EQ(testing[S("gap")].toInt(), 1);
    const QJsonObject debugging = skill(S("debugging"));
    EXPECT_TRUE(debugging[S("rating")].isNull());
    EXPECT_TRUE(debugging[S("rated_on")].isNull());

    // --level replaces the next level.
    const QJsonObject senior = skill(S("testing"), {S("--level"), S("Senior")});
    EXPECT_EQ(senior[S("target_level")].toString(), S("senior"));
    EXPECT_EQ(senior[S("gap")].toInt(), 2);
    const CliResult target = m_cli.run({S("skill"), S("list"), S("--level"), S("architect")});
    EXPECT_TRUE(target.out.startsWith(S("CATEGORY    SKILL                   RATING        JUNIOR (CURRENT)  ARCHITECT (TARGET)  GAP\n")))
        << target.out.toStdString();
}

TEST_F(SkillCommands, AtTheTopLevelTheGapIsToItsOwnExpectations)
{
    ASSERT_EQ(m_cli.run({S("level"), S("set"), S("architect")}).code, 0);
    rate({S("debugging"), S("4")});
    const CliResult r = m_cli.run({S("skill"), S("list")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(S("CATEGORY    SKILL                   RATING     ARCHITECT (CURRENT)  GAP\n"
                                   "Craft       code-quality            \u2014          3 fluent             3\n"
                                   "            testing                 \u2014          3 fluent             3\n"
                                   "            debugging               4 leading  4 leading            0\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(S("Architect is the top level."))) << r.out.toStdString();
}

TEST_F(SkillCommands, LevelSetByNameOrSlugAndLevelListMarksIt)
{
    const CliResult set = m_cli.run({S("level"), S("set"), S("Senior")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(set.err, S("Your level is now Senior (senior). Next: Architect (see: ladder-cli skill list).\n"));
    rate({S("testing"), S("3")});
    const QJsonArray levels = json({S("level"), S("list")}).array();
    ASSERT_EQ(levels.size(), 4);
    QStringList current;
    for (const QJsonValue &v : levels) {
        if (v[S("current")].toBool())
            current << v[S("slug")].toString();
    }
    EXPECT_EQ(current, QStringList{S("senior")});
    // A rating at the bar with no win behind it is claimed, not met (as readiness says).
    EXPECT_EQ(levels.at(2)[S("skills_met")].toInt(), 0);
    EXPECT_EQ(levels.at(3)[S("rank")].toInt(), 3);

    const CliResult text = m_cli.run({S("level"), S("list")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    EXPECT_EQ(lines.at(0), S("   LEVEL      NAME       SKILLS MET  DESCRIPTION"));
    EXPECT_TRUE(lines.at(3).startsWith(S("*  senior     Senior     0/%1").arg(levels.at(2)[S("skills_expected")].toInt())))
        << text.out.toStdString();
}

// A skill counts for a level only where the level expects something of it, and
// `level list` counts each level as `readiness --target LEVEL` does.
TEST_F(SkillCommands, LevelListCountsEachLevelAsReadinessDoes)
{
    const auto check = [this](const char *when) {
        const QJsonArray levels = json({S("level"), S("list")}).array();
        ASSERT_EQ(levels.size(), 4) << when;
        for (const QJsonValue &level : levels) {
            const QString slug = level[S("slug")].toString();
            const QJsonObject readiness = json({S("readiness"), S("--target"), slug}).object();
            EXPECT_EQ(level[S("skills_expected")].toInt(), readiness[S("expected_skills")].toInt()) << when << ' ' << slug.toStdString();
            EXPECT_EQ(level[S("skills_met")].toInt(), readiness[S("met")].toInt()) << when << ' ' << slug.toStdString();
            EXPECT_LE(level[S("skills_expected")].toInt(), level[S("skills")].toInt()) << slug.toStdString();
        }
    };
    // A fresh database: nothing is met anywhere, whatever a level leaves out.
    check("fresh");
    const QJsonArray fresh = json({S("level"), S("list")}).array();
    for (const QJsonValue &level : fresh)
        EXPECT_EQ(level[S("skills_met")].toInt(), 0) << level[S("slug")].toString().toStdString();
    // Junior leaves some skills out: they are neither met nor counted.
    const int juniorExpects = fresh.at(0)[S("skills_expected")].toInt();
    EXPECT_GT(juniorExpects, 0);
    EXPECT_LT(juniorExpects, fresh.at(0)[S("skills")].toInt());
    const CliResult text = m_cli.run({S("level"), S("list")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.split(QLatin1Char('\n')).at(1).contains(S(" 0/%1 ").arg(juniorExpects))) << text.out.toStdString();

    // Testing at 4 with a win behind it: met wherever a level expects it.
    rate({S("testing"), S("4")});
    ASSERT_EQ(m_cli.run({S("win"), S("add"), S("Wrote the test strategy @testing")}).code, 0);
    check("rated");
    for (const QJsonValue &level : json({S("level"), S("list")}).array())
        EXPECT_EQ(level[S("skills_met")].toInt(), 1) << level[S("slug")].toString().toStdString();
}

// Every bad input is refused cleanly (BadInput.h).
class SkillBadInput : public SkillCommands, public ::testing::WithParamInterface<BadInput>
{
};

TEST_P(SkillBadInput, OneLineNothingChanged)
{
    rate({S("testing"), S("2")});
    m_cli.expectRefused(GetParam(), m_dir.path());
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, SkillBadInput,
    ::testing::Values(
        BadInput{"RatingOutOfRange",
                 ARGS(S("skill"), S("rate"), S("testing"), S("7")),
                 {},
                 1,
                 SAYS(S("ladder-cli: error: rating 7 is outside 0-4 (0 none, 1 learning, 2 practising, 3 fluent, 4 leading)"))},
        BadInput{
            "RatingNotANumber", ARGS(S("skill"), S("rate"), S("testing"), S("lots")), {}, 1, SAYS(S("rating 'lots' is not a number 0-4"))},
        BadInput{"RatingFraction", ARGS(S("skill"), S("rate"), S("testing"), S("2.5")), {}, 1, SAYS(S("rating '2.5'"))},
        BadInput{"RateUnknownSkill",
                 ARGS(S("skill"), S("rate"), S("perf"), S("3")),
                 {},
                 1,
                 SAYS(S("unknown skill 'perf' (did you mean 'performance'?)"))},
        BadInput{"RateFutureDate",
                 ARGS(S("skill"), S("rate"), S("testing"), S("3"), S("--date"), S("tomorrow")),
                 {},
                 1,
                 SAYS(S("--date tomorrow: 2026-11-23 is in the future"))},
        BadInput{"RateImpossibleDate",
                 ARGS(S("skill"), S("rate"), S("testing"), S("3"), S("--date"), S("2026-02-30")),
                 {},
                 1,
                 SAYS(S("--date: "))},
        BadInput{"RateMissingRating", ARGS(S("skill"), S("rate"), S("testing")), {}, 2, SAYS(S("missing RATING"))},
        BadInput{"HistoryUnknownSkill",
                 ARGS(S("skill"), S("history"), S("testin")),
                 {},
                 1,
                 SAYS(S("unknown skill 'testin' (did you mean 'testing'?)"))},
        BadInput{"ListUnknownLevel",
                 ARGS(S("skill"), S("list"), S("--level"), S("seniro")),
                 {},
                 1,
                 SAYS(S("--level: unknown level 'seniro' (did you mean 'senior'?)"))},
        BadInput{"LevelSetTypo", ARGS(S("level"), S("set"), S("mid")), {}, 1, SAYS(S("unknown level 'mid' (did you mean 'mid-level'?)"))},
        BadInput{"LevelSetUnknown",
                 ARGS(S("level"), S("set"), S("principal")),
                 {},
                 1,
                 SAYS(S("unknown level 'principal' (levels: junior, mid-level, senior, architect)"))},
        BadInput{"LevelSetMissing", ARGS(S("level"), S("set")), {}, 2, SAYS(S("missing LEVEL"))},
        BadInput{"LevelListExtra", ARGS(S("level"), S("list"), S("senior")), {}, 2, SAYS(S("unexpected argument 'senior'"))}),
    badInputName);

} // namespace

// A framework with its own 0-5 scale, where on-call does not apply at em1:
// `skill rate` takes its 5 and refuses a 6 with its scale, the listings
// label on it and show "n/a".
TEST(SkillCommandsOwnScale, RatesAndListsOnTheFrameworksScale)
{
    TempDir dir;
    CliRunner cli{dir.file(S("ladder.db"))};
    {
        ladder::Result<std::unique_ptr<ladder::Workspace>> ws = ladder::Workspace::open(cli.dbPath());
        ASSERT_TRUE(ws.ok());
        ladder::Framework fw;
        fw.slug = S("six-milestones");
        fw.name = S("Six milestones");
        QList<ladder::ScaleStep> steps;
        for (const char *name : {"none", "aware", "learning", "practising", "fluent", "leading"})
            steps.append(ladder::ScaleStep{QString::fromLatin1(name), QString(), {}});
        fw.scale = ladder::ProficiencyScale(steps);
        const QStringList levels{S("ic2"), S("em1")};
        for (int rank = 0; rank < 2; ++rank) {
            ladder::Level level;
            level.slug = levels.at(rank);
            level.name = levels.at(rank).toUpper();
            level.rank = rank;
            fw.levels.append(level);
        }
        ladder::Category craft;
        craft.slug = S("craft");
        craft.name = S("Craft");
        fw.categories.append(craft);
        int position = 0;
        for (const char *slug : {"testing", "on-call"}) {
            ladder::Skill s;
            s.position = ++position;
            s.slug = QString::fromLatin1(slug);
            s.name = s.slug;
            s.categorySlug = craft.slug;
            ladder::Expectation ic2;
            ic2.levelSlug = S("ic2");
            ic2.proficiency = 3;
            ladder::Expectation em1;
            em1.levelSlug = S("em1");
            em1.applicable = s.slug != S("on-call");
            em1.proficiency = em1.applicable ? 5 : 0;
            s.expectations = {ic2, em1};
            fw.skills.append(s);
        }
        ladder::Frameworks::ImportOptions options;
        options.activate = true;
        ASSERT_TRUE((*ws)->frameworks().import(fw, options).ok());
        ASSERT_TRUE((*ws)->ratings().setCurrentLevel(S("ic2")).ok());
    }
    const CliResult five = cli.run({S("skill"), S("rate"), S("testing"), S("5")});
    ASSERT_EQ(five.code, 0) << five.err.toStdString();
    EXPECT_EQ(five.err, S("Rated testing 5 leading on 2026-11-22.\n"));
    const CliResult six = cli.run({S("skill"), S("rate"), S("testing"), S("6")});
    EXPECT_EQ(six.code, 1);
    EXPECT_EQ(six.err, S("ladder-cli: error: rating 6 is outside 0-5 (0 none, 1 aware, 2 learning, 3 practising, 4 fluent, 5 leading)\n"));
    const CliResult list = cli.run({S("skill"), S("list"), S("--level"), S("em1")});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    // Cells: category, skill, rating, current (ic2), target (em1), gap.
    QList<QStringList> rows;
    for (const QString &line : list.out.split(QLatin1Char('\n')).mid(1, 2))
        rows << line.split(QRegularExpression(S(" {2,}")), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 2) << list.out.toStdString();
    EXPECT_EQ(rows.at(0), (QStringList{S("Craft"), S("testing"), S("5 leading"), S("3 practising"), S("5 leading"), S("0")}))
        << list.out.toStdString();
    EXPECT_EQ(rows.at(1), (QStringList{S("on-call"), S("\u2014"), S("3 practising"), S("n/a"), S("0")})) << list.out.toStdString();
}
