// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTables.h"
#include "report/BragReportModel.h"
#include "report/MarkdownWriter.h"
#include "report/ReadinessReportModel.h"
#include "ReportFixtures.h"

#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace ladder;
using namespace ladder::fixtures;

namespace {

// The Markdown read back as Qt reads it (md4c, GitHub dialect): what a reader
// of the file sees, not the characters written.
struct Parsed
{
    QList<std::pair<int, QString>> headings; // level, text
    QList<QList<QStringList>> tables;        // rows of cells
    QString text;                            // all of it, plain
};

Parsed parse(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    Parsed parsed;
    parsed.text = document.toPlainText();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            parsed.headings.append({b.blockFormat().headingLevel(), b.text()});
    }
    parsed.tables = documentTables(document);
    return parsed;
}

QStringList headingsAt(const Parsed &parsed, int level)
{
    QStringList out;
    for (const auto &[l, text] : parsed.headings) {
        if (l == level)
            out << text;
    }
    return out;
}

const QStringList *row(const QList<QStringList> &table, const QString &first)
{
    for (const QStringList &r : table) {
        if (!r.isEmpty() && r.first() == first)
            return &r;
    }
    return nullptr;
}

ReadinessReportModel workedExample(const ReportData &data = workedExampleData(), int appendix = ReadinessReportModel::NoAppendix)
{
    Result<ReadinessReportModel> model = buildReadiness(data, u"senior"_s, h1(), d(2026, 11, 22), appendix);
    EXPECT_TRUE(model.ok());
    return model.ok() ? *model : ReadinessReportModel{};
}

} // namespace

TEST(MarkdownWriter, ReadinessHasTheReportsSections)
{
    const Parsed parsed = parse(MarkdownWriter::readiness(workedExample()));
    EXPECT_EQ(headingsAt(parsed, 1), QStringList{u"Promotion readiness: Senior"_s});
    EXPECT_EQ(joined(headingsAt(parsed, 2)), "Overall readiness: 54%,By category,Skills,What is missing,The plan");
    EXPECT_EQ(joined(headingsAt(parsed, 3)), "Craft (75%),Systems (67%),People (0%),Goals,Roadmap to Senior");
    const Parsed withAppendix = parse(MarkdownWriter::readiness(workedExample(workedExampleData(), 5)));
    EXPECT_EQ(joined(headingsAt(withAppendix, 2)),
              "Overall readiness: 54%,By category,Skills,What is missing,The plan,Appendix: the evidence");
    EXPECT_EQ(joined(headingsAt(withAppendix, 3)),
              "Craft (75%),Systems (67%),People (0%),Goals,Roadmap to Senior,Craft,Systems,What would show it at Senior:");
    EXPECT_TRUE(parsed.text.contains(u"Alex Rivera \u00b7 Mid-level \u2192 Senior \u00b7 2026-01-01 to 2026-06-30"_s))
        << parsed.text.toStdString();
    EXPECT_TRUE(parsed.text.contains(u"Generated for Alex Rivera, 2026-11-22, by Ladder."_s));
}

TEST(MarkdownWriter, ReadinessTablesHoldTheNumbersWithTheirWords)
{
    const Parsed parsed = parse(MarkdownWriter::readiness(workedExample()));
    ASSERT_EQ(parsed.tables.size(), 2); // categories, roadmap
    const QList<QStringList> &categories = parsed.tables.at(0);
    EXPECT_EQ(joined(categories.at(0)), "Category,Readiness,Met,Claimed,Gap,Not expected");
    ASSERT_TRUE(row(categories, u"Craft"_s));
    EXPECT_EQ(joined(*row(categories, u"Craft"_s)), "Craft,75%,1,1,0,0");
    EXPECT_EQ(joined(*row(categories, u"People"_s)), "People,0%,0,0,1,0");

    // Each skill's status and facts under "Skills".
    EXPECT_TRUE(headingsAt(parsed, 4).contains(u"Debugging: claimed, no evidence"_s));
    EXPECT_TRUE(parsed.text.contains(u"Expected 3 fluent \u00b7 rated 4 leading on 2026-03-15 \u00b7 0 wins"_s))
        << parsed.text.toStdString();
    EXPECT_TRUE(headingsAt(parsed, 4).contains(u"Mentoring: gap"_s));

    const QList<QStringList> &roadmap = parsed.tables.at(1);
    ASSERT_EQ(roadmap.size(), 3);
    EXPECT_EQ(joined(roadmap.at(1)), "1,Mentoring,0 none,2 practising,2,#7");
    EXPECT_EQ(joined(roadmap.at(2)), "2,System design,2 practising,3 fluent,1,none yet");
}

TEST(MarkdownWriter, EvidenceListsTheStrongestWinsStarredFirstWithImpact)
{
    const QString markdown = MarkdownWriter::readiness(workedExample());
    const Parsed parsed = parse(markdown);
    EXPECT_TRUE(headingsAt(parsed, 4).contains(u"Testing: met"_s));
    // Strongest first: the starred one, then the one with an impact.
    const qsizetype starred = parsed.text.indexOf(u"Designed the notification fan-out"_s);
    const qsizetype other = parsed.text.indexOf(u"Added contract tests for the orders API"_s);
    ASSERT_GE(starred, 0);
    ASSERT_GE(other, 0);
    EXPECT_LT(starred, other);
    EXPECT_TRUE(parsed.text.contains(u"Impact: Two breaking changes caught in CI"_s));
    // Outside the period: never evidence.
    EXPECT_FALSE(parsed.text.contains(u"Found the leak in the image service"_s));
    EXPECT_TRUE(markdown.contains(u"- 2026-05-20 \u2605 **Designed the notification fan-out**"_s));
}

TEST(MarkdownWriter, MissingAndPlanSayWhatIsPlanned)
{
    const Parsed parsed = parse(MarkdownWriter::readiness(workedExample()));
    EXPECT_TRUE(parsed.text.contains(u"Not rated yet; Senior expects 2 practising."_s)) << parsed.text.toStdString();
    EXPECT_TRUE(parsed.text.contains(u"Planned: #7 Mentor a junior through their first quarter (due 2026-09-30, 50% done)"_s));
    EXPECT_TRUE(parsed.text.contains(u"Rated 2 practising; Senior expects 3 fluent (1 step short)."_s));
    EXPECT_TRUE(parsed.text.contains(u"No goal covers it yet."_s));
    EXPECT_FALSE(parsed.text.contains(u"system-design@senior"_s)) << "the level's examples are the appendix's";
    EXPECT_TRUE(parse(MarkdownWriter::readiness(workedExample(workedExampleData(), 3))).text.contains(u"system-design@senior"_s));
    EXPECT_TRUE(headingsAt(parsed, 4).contains(u"Mentor a junior through their first quarter (#7)"_s));
    EXPECT_TRUE(parsed.text.contains(u"Due 2026-09-30 (overdue) \u00b7 1 of 2 milestones done \u00b7 Skills: Mentoring"_s));
    EXPECT_TRUE(parsed.text.contains(u"Weekly one-to-ones (done 2026-03-01)"_s));
}

TEST(MarkdownWriter, UserTextStaysLiteral)
{
    ReportData data = workedExampleData();
    data.wins[1].title = u"Fix *ptr | [x] <b>bold</b> _under_ #1 `tick` &amp;"_s;
    data.userName = u"Sam *Star* O'Neil"_s;
    const Parsed parsed = parse(MarkdownWriter::readiness(workedExample(data)));
    EXPECT_TRUE(parsed.text.contains(u"Fix *ptr | [x] <b>bold</b> _under_ #1 `tick` &amp;"_s)) << parsed.text.toStdString();
    EXPECT_TRUE(parsed.text.contains(u"Generated for Sam *Star* O'Neil, 2026-11-22"_s));
    // The escaped '|' did not split the skills table.
    EXPECT_EQ(parsed.tables.at(1).at(0).size(), 6);
}

TEST(MarkdownWriter, SameReportSameBytes)
{
    const QString first = MarkdownWriter::readiness(workedExample());
    const QString second = MarkdownWriter::readiness(workedExample());
    EXPECT_EQ(first, second);
    EXPECT_TRUE(first.endsWith(u"|\n"_s));
    EXPECT_FALSE(first.endsWith(u"\n\n"_s));
    const BragReportModel brag = BragReportModel::build(workedExampleData(), h1(), BragReportModel::Grouping::Skill, d(2026, 11, 22));
    EXPECT_EQ(MarkdownWriter::brag(brag), MarkdownWriter::brag(brag));
}

TEST(MarkdownWriter, BragGroupsWinsBySkillOrMonth)
{
    const BragReportModel bySkill = BragReportModel::build(workedExampleData(), h1(), BragReportModel::Grouping::Skill, d(2026, 11, 22));
    const Parsed skill = parse(MarkdownWriter::brag(bySkill));
    EXPECT_EQ(headingsAt(skill, 1), QStringList{u"Brag document: 2026-01-01 to 2026-06-30"_s});
    EXPECT_EQ(joined(headingsAt(skill, 2)), "Testing (Craft),System design (Systems)");
    EXPECT_TRUE(skill.text.contains(u"2 wins, 1 starred, linked to 2 skills."_s)) << skill.text.toStdString();
    EXPECT_TRUE(skill.text.contains(u"grouped by skill"_s));

    const BragReportModel byMonth = BragReportModel::build(workedExampleData(), h1(), BragReportModel::Grouping::Month, d(2026, 11, 22));
    const Parsed month = parse(MarkdownWriter::brag(byMonth));
    EXPECT_EQ(joined(headingsAt(month, 2)), "May 2026,February 2026");
    // By month each win names its skills.
    EXPECT_TRUE(month.text.contains(u"Designed the notification fan-out \u2014 System design, Testing"_s)) << month.text.toStdString();
}

TEST(MarkdownWriter, EvidenceBeyondTheCapSaysHowManyMore)
{
    ReportData data = workedExampleData();
    for (int i = 0; i < 25; ++i) {
        Win extra = win(100 + i, d(2026, 3, 1).addDays(i), {u"testing"_s});
        extra.title = u"Extra %1"_s.arg(i);
        data.wins << extra;
    }
    const Parsed parsed = parse(MarkdownWriter::readiness(workedExample(data, 20)));
    // 27 testing wins, 20 listed in the appendix.
    EXPECT_TRUE(parsed.text.contains(u"7 more wins in the period; the strongest are listed."_s)) << parsed.text.toStdString();
    EXPECT_FALSE(parse(MarkdownWriter::readiness(workedExample(data))).text.contains(u"more win"_s));
    EXPECT_FALSE(parse(MarkdownWriter::readiness(workedExample(data, ReadinessReportModel::AllEvidence))).text.contains(u"more win"_s));
}
