// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInput.h"
#include "Cli.h"
#include "CliRunner.h"
#include "CommandContext.h"
#include "Commands.h"
#include "TempDir.h"

#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "storage/Stores.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextStream>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

#define S(x) QStringLiteral(x)

namespace {

// "Today" is 2026-11-22 (CliRunner), so the default period is 2025-11-23..2026-11-22.
class ReportCommands : public ::testing::Test
{
protected:
    TempDir m_dir;
    CliRunner m_cli{m_dir.file(u"ladder.db"_s)};

    void SetUp() override { seed(m_cli.dbPath()); }

    // A small year through the stores: a mid-level engineer aiming at senior.
    static void seed(const QString &path)
    {
        using namespace ladder;
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
        Workspace &ws = **opened;
        ASSERT_TRUE(ws.ratings().setCurrentLevel(u"mid-level"_s).ok());
        // No front end sets the name yet: the settings store does.
        ASSERT_TRUE(storesOf(ws).settings().setValue(SettingStore::userNameKey(), u"Alex Rivera"_s).ok());
        const QList<std::pair<QString, int>> ratings
            = {{u"code-quality"_s, 3},        {u"testing"_s, 3},  {u"debugging"_s, 2}, {u"system-design"_s, 2},
               {u"distributed-systems"_s, 1}, {u"mentoring"_s, 3}};
        for (const auto &[slug, rating] : ratings) {
            Assessment a;
            a.skillSlug = slug;
            a.rating = rating;
            a.date = QDate(2026, 1, 10);
            ASSERT_TRUE(ws.ratings().rate(a).ok()) << slug.toStdString();
        }
        Goal goal;
        goal.title = u"Design a service others build on"_s;
        goal.skillSlugs = {u"system-design"_s};
        goal.createdOn = QDate(2026, 1, 15);
        goal.due = QDate(2027, 2, 1);
        Result<Goal> added = ws.goals().add(goal);
        ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
        ASSERT_TRUE(ws.goals().addMilestone(added->id, u"Write a design doc"_s, QDate(2026, 6, 1)).ok());
        ASSERT_TRUE(ws.goals().setMilestoneDone(added->id, 1, QDate(2026, 5, 28)).ok());
        ASSERT_TRUE(ws.goals().addMilestone(added->id, u"Present it at architecture review"_s, QDate(2027, 1, 15)).ok());

        auto win = [&](const QDate &date, const QString &title, const QStringList &skills, const QString &impact, bool star) {
            Win w;
            w.date = date;
            w.title = title;
            w.skillSlugs = skills;
            w.impact = impact;
            w.starred = star;
            w.tags = {u"review"_s};
            Result<Win> id = ws.journal().add(w);
            ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
        };
        win(QDate(2026, 3, 14), u"Cut checkout p99 latency from 2.1 s to 850 ms"_s, {u"performance"_s}, u"Checkout abandonment down 3%"_s,
            true);
        win(QDate(2026, 5, 20), u"Added contract tests between the web app and the API"_s, {u"testing"_s},
            u"Broke the build instead of production three times"_s, false);
        win(QDate(2026, 9, 2), u"Wrote the design doc for the notification fan-out"_s, {u"system-design"_s, u"documentation"_s}, {}, false);
        win(QDate(2025, 11, 22), u"A win from before the period"_s, {u"testing"_s}, {}, false);
        win(QDate(2025, 11, 23), u"Split the billing god class"_s, {u"code-quality"_s}, {}, false);
    }

    CliResult run(const QStringList &arguments)
    {
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 0) << arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        return r;
    }
    QJsonObject json(const QStringList &arguments)
    {
        return QJsonDocument::fromJson(run(arguments + QStringList{u"--json"_s}).out.toUtf8()).object();
    }
    // Runs `report ...` writing `file` in the test directory; returns its path.
    QString report(const QStringList &arguments, const QString &file)
    {
        const QString path = m_dir.file(file);
        run(arguments + QStringList{u"-o"_s, path});
        EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString();
        return path;
    }
};

QJsonObject findSkill(const QJsonObject &readiness, const QString &slug)
{
    for (const QJsonValue &c : readiness[u"categories"_s].toArray()) {
        for (const QJsonValue &s : c[u"skills"_s].toArray()) {
            if (s[u"skill"_s].toString() == slug)
                return s.toObject();
        }
    }
    return {};
}

QList<qint64> evidenceIds(const QJsonObject &skill)
{
    QList<qint64> ids;
    for (const QJsonValue &w : skill[u"evidence"_s].toArray())
        ids << w[u"id"_s].toInteger();
    return ids;
}

// A poppler tool's output, or a null string when poppler-utils is missing.
QString poppler(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return u"<%1 failed: %2>"_s.arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return poppler(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
}

QString pdfInfo(const QString &path)
{
    return poppler(u"pdfinfo"_s, {path});
}

int pdfPages(const QString &info)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(info).captured(1).toInt();
}

QString readText(const QString &path)
{
    return QString::fromUtf8(fileBytes(path));
}

struct Markdown
{
    QStringList headings; // "1 Title", "2 Overall readiness: 40%"
    QString text;
};

Markdown parseMarkdown(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    Markdown md;
    md.text = document.toPlainText();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            md.headings << QString::number(b.blockFormat().headingLevel()) + u' ' + b.text();
    }
    return md;
}

// Element name -> the text of each such element, for well-formed XHTML.
QMultiMap<QString, QString> parseHtml(const QString &html, QString *error)
{
    QMultiMap<QString, QString> out;
    QXmlStreamReader xml(html);
    QList<std::pair<QString, QString>> open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open.append({xml.name().toString(), QString()});
        } else if (xml.isEndElement()) {
            const auto [name, text] = open.takeLast();
            out.insert(name, text.trimmed());
        } else if (xml.isCharacters()) {
            for (auto &e : open)
                e.second += xml.text();
        }
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return out;
}

} // namespace

TEST_F(ReportCommands, ReadinessPrintsAShortTableWithWordsAndStatuses)
{
    const CliResult r = run({u"readiness"_s});
    EXPECT_TRUE(r.out.startsWith(u"Readiness for Senior, 2025-11-23 to 2026-11-22: "_s)) << r.out.toStdString();
    for (const QString &expected : {u"CATEGORY"_s, u"Craft"_s, u"Impact"_s, u"Code quality"_s, u"3 fluent"_s, u"2 practising"_s,
                                    u"unrated"_s, u"claimed, no evidence"_s, u"met"_s, u"gap"_s})
        EXPECT_TRUE(r.out.contains(expected)) << expected.toStdString() << "\n" << r.out.toStdString();
    // Aligned: the column after SKILL starts at the same place on every row.
    const QStringList lines = r.out.split(u'\n');
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"SKILL"_s))
            header = i;
    }
    ASSERT_GE(header, 0);
    const qsizetype column = lines.at(header).indexOf(u"EXPECTED"_s);
    const QString codeQuality = lines.at(header + 1);
    EXPECT_TRUE(codeQuality.startsWith(u"Code quality"_s));
    EXPECT_EQ(codeQuality.indexOf(u"3 fluent"_s), column) << r.out.toStdString();
}

TEST_F(ReportCommands, ReadinessJsonDefaultsToTheLevelAboveAndTheLast12Months)
{
    const QJsonObject readiness = json({u"readiness"_s});
    EXPECT_EQ(readiness[u"level"_s].toString(), u"senior"_s);
    EXPECT_EQ(readiness[u"period"_s][u"from"_s].toString(), u"2025-11-23"_s);
    EXPECT_EQ(readiness[u"period"_s][u"to"_s].toString(), u"2026-11-22"_s);
    const QJsonObject testing = findSkill(readiness, u"testing"_s);
    EXPECT_EQ(testing[u"status"_s].toString(), u"met"_s);
    EXPECT_EQ(evidenceIds(testing), QList<qint64>{2}); // win 4 is a day too early
    EXPECT_EQ(evidenceIds(findSkill(readiness, u"code-quality"_s)), QList<qint64>{5});
    EXPECT_EQ(findSkill(readiness, u"mentoring"_s)[u"status"_s].toString(), u"claimed"_s);

    const QJsonObject architect = json({u"readiness"_s, u"--target"_s, u"Architect"_s, u"--period"_s, u"2026-H1"_s});
    EXPECT_EQ(architect[u"level"_s].toString(), u"architect"_s);
    EXPECT_EQ(architect[u"period"_s][u"to"_s].toString(), u"2026-06-30"_s);
}

TEST_F(ReportCommands, GapListsTheLargestGapsFirst)
{
    const CliResult r = run({u"gap"_s});
    EXPECT_TRUE(r.out.startsWith(u"Gap to Senior as of 2026-11-22"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"GOALS"_s));
    const QJsonObject gap = json({u"gap"_s, u"--target"_s, u"senior"_s});
    EXPECT_EQ(gap[u"level"_s].toString(), u"senior"_s);
    EXPECT_EQ(gap[u"skills"_s].toArray().size(), gap[u"gap_count"_s].toInt());
    for (const QJsonValue &s : gap[u"skills"_s].toArray()) {
        if (s[u"skill"_s].toString() == u"system-design"_s) {
            EXPECT_EQ(s[u"gap"_s].toInt(), 1);
            EXPECT_FALSE(s[u"uncovered"_s].toBool());
            EXPECT_EQ(s[u"goals"_s].toArray().first()[u"id"_s].toInteger(), 1);
        }
    }
    // Rows: the first has the largest gap (an unrated skill Senior expects at 3).
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"SKILL"_s))
            header = i;
    }
    ASSERT_GE(header, 0);
    EXPECT_TRUE(lines.at(header + 1).contains(u"unrated"_s)) << r.out.toStdString();
}

// `gap --help` says "largest gap first" and the text lists only the skills
// below the bar: --json lists the very same skills in the same order.
TEST_F(ReportCommands, GapJsonListsWhatTheTextListsInTheSameOrder)
{
    const CliResult text = run({u"gap"_s});
    QStringList shown;
    bool rows = false;
    for (const QString &line : text.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (rows)
            shown << line.split(u"  "_s, Qt::SkipEmptyParts).first().trimmed();
        rows = rows || line.startsWith(u"SKILL"_s);
    }
    ASSERT_FALSE(shown.isEmpty()) << text.out.toStdString();

    const QJsonObject gap = json({u"gap"_s});
    QStringList listed;
    int previous = std::numeric_limits<int>::max();
    for (const QJsonValue &s : gap[u"skills"_s].toArray()) {
        listed << s[u"name"_s].toString();
        EXPECT_GT(s[u"gap"_s].toInt(), 0) << s[u"skill"_s].toString().toStdString();
        EXPECT_LE(s[u"gap"_s].toInt(), previous) << s[u"skill"_s].toString().toStdString();
        previous = s[u"gap"_s].toInt();
    }
    EXPECT_EQ(listed, shown);
    EXPECT_EQ(listed.size(), gap[u"gap_count"_s].toInt());
    // The summary line counts the skills the level expects, as readiness does.
    const int expected = json({u"readiness"_s})[u"expected_skills"_s].toInt();
    EXPECT_EQ(gap[u"expected_skills"_s].toInt(), expected);
    EXPECT_TRUE(text.out.contains(u"%1 of %2 expected skills below the bar"_s.arg(listed.size()).arg(expected))) << text.out.toStdString();
    EXPECT_TRUE(m_cli.run({u"gap"_s, u"--help"_s}).out.contains(u"largest gap first"_s));
}

TEST_F(ReportCommands, AtTheTopTheTargetIsTheCurrentLevel)
{
    {
        ladder::Result<std::unique_ptr<ladder::Workspace>> ws = ladder::Workspace::open(m_cli.dbPath());
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE((*ws)->ratings().setCurrentLevel(u"architect"_s).ok());
    }
    EXPECT_TRUE(run({u"gap"_s}).out.startsWith(u"Gap to Architect"_s));
    EXPECT_EQ(json({u"readiness"_s})[u"level"_s].toString(), u"architect"_s);
    EXPECT_EQ(run({u"roadmap"_s}).out, u"Architect is the top level: nothing above it to plan.\n"_s);
    // The summary has no roadmap then, and says so by leaving it out.
    const Markdown md = parseMarkdown(readText(report({u"report"_s, u"readiness"_s}, u"top.md"_s)));
    EXPECT_EQ(md.headings.first(), u"1 Promotion readiness: Architect"_s);
    EXPECT_FALSE(md.text.contains(u"Roadmap to"_s));
}

TEST_F(ReportCommands, RoadmapShowsEveryStageUpToTheTarget)
{
    const CliResult r = run({u"roadmap"_s});
    EXPECT_TRUE(r.out.startsWith(u"Roadmap from Mid-level, ratings as of 2026-11-22"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"\u2192 Senior"_s));
    EXPECT_TRUE(r.out.contains(u"\u2192 Architect"_s));
    EXPECT_TRUE(r.out.contains(u"System design"_s));
    const QJsonObject toSenior = json({u"roadmap"_s, u"--to"_s, u"senior"_s});
    EXPECT_EQ(toSenior[u"stages"_s].toArray().size(), 1);
    EXPECT_EQ(toSenior[u"current_level"_s].toString(), u"mid-level"_s);
    const CliResult below = m_cli.run({u"roadmap"_s, u"--to"_s, u"junior"_s});
    EXPECT_EQ(below.code, 1);
    EXPECT_TRUE(below.err.contains(u"not above the current level"_s)) << below.err.toStdString();
}

TEST_F(ReportCommands, ReadinessMarkdownAndHtmlCarryTheSummary)
{
    const Markdown md = parseMarkdown(readText(report({u"report"_s, u"readiness"_s}, u"readiness.md"_s)));
    EXPECT_EQ(md.headings.first(), u"1 Promotion readiness: Senior"_s);
    EXPECT_TRUE(md.headings.contains(u"2 What is missing"_s));
    EXPECT_TRUE(md.headings.contains(u"3 Roadmap to Senior"_s));
    EXPECT_TRUE(md.headings.contains(u"4 Design a service others build on (#1)"_s));
    EXPECT_TRUE(md.text.contains(u"Alex Rivera \u00b7 Mid-level \u2192 Senior \u00b7 2025-11-23 to 2026-11-22"_s)) << md.text.toStdString();
    EXPECT_TRUE(md.text.contains(u"Generated for Alex Rivera, 2026-11-22, by Ladder."_s));
    EXPECT_TRUE(md.text.contains(u"Added contract tests between the web app and the API"_s));
    EXPECT_TRUE(md.text.contains(u"Impact: Broke the build instead of production three times"_s));

    QString error;
    const auto html = parseHtml(readText(report({u"report"_s, u"readiness"_s, u"--name"_s, u"Sam Lee"_s}, u"readiness.html"_s)), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(html.values(u"svg"_s).size(), 1);
    EXPECT_EQ(html.value(u"h1"_s), u"Promotion readiness: Senior"_s);
    EXPECT_TRUE(html.values(u"p"_s).contains(u"Generated for Sam Lee, 2026-11-22, by Ladder."_s));
    EXPECT_TRUE(html.values(u"text"_s).contains(u"Distributed systems"_s)); // a chart label
}

TEST_F(ReportCommands, ReadinessPdfReadsBackOnA4AndLetter)
{
    const QString a4 = report({u"report"_s, u"readiness"_s, u"--target"_s, u"senior"_s, u"--period"_s, u"2026"_s}, u"readiness.pdf"_s);
    const QString text = pdfText(a4);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString &expected :
         {u"Promotion readiness: Senior"_s, u"Alex Rivera"_s, u"Mid-level"_s, u"2026 (2026-01-01 to 2026-12-31)"_s,
          u"Cut checkout p99 latency from 2.1 s to 850 ms"_s, u"What is missing"_s, u"Roadmap to Senior"_s,
          u"Design a service others build on"_s, u"Page 1 of"_s, u"Generated for Alex Rivera, 2026-11-22"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    const QString info = pdfInfo(a4);
    EXPECT_TRUE(info.contains(u"(A4)"_s)) << info.toStdString();
    const int pages = pdfPages(info);
    EXPECT_GE(pages, 2);
    EXPECT_TRUE(text.contains(u"Page %1 of %1"_s.arg(pages)));

    const QString letter = report({u"report"_s, u"readiness"_s, u"--page-size"_s, u"letter"_s}, u"letter.pdf"_s);
    EXPECT_TRUE(pdfInfo(letter).contains(u"612 x 792 pts (letter)"_s)) << pdfInfo(letter).toStdString();
}

TEST_F(ReportCommands, BragInEveryFormat)
{
    const Markdown bySkill = parseMarkdown(readText(report({u"report"_s, u"brag"_s}, u"brag.md"_s)));
    EXPECT_EQ(bySkill.headings.first(), u"1 Brag document: 2025-11-23 to 2026-11-22"_s);
    EXPECT_EQ(bySkill.headings.mid(1).join(u'|'),
              u"2 Code quality (Craft)|2 Testing (Craft)|2 Performance (Craft)|2 System design (Systems)|2 Documentation (People)"_s);
    EXPECT_TRUE(bySkill.text.contains(u"4 wins, 1 starred, linked to 5 skills."_s)) << bySkill.text.toStdString();

    const Markdown byMonth
        = parseMarkdown(readText(report({u"report"_s, u"brag"_s, u"--group"_s, u"month"_s, u"--period"_s, u"2026"_s}, u"month.md"_s)));
    EXPECT_EQ(byMonth.headings.mid(1).join(u'|'), u"2 September 2026|2 May 2026|2 March 2026"_s);

    QString error;
    const auto html = parseHtml(readText(report({u"report"_s, u"brag"_s, u"--format"_s, u"html"_s}, u"brag.out"_s)), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(html.values(u"strong"_s).contains(u"Cut checkout p99 latency from 2.1 s to 850 ms"_s));

    const QString text = pdfText(report({u"report"_s, u"brag"_s}, u"brag.pdf"_s));
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString &expected : {u"Brag document"_s, u"Performance (Craft)"_s, u"\u2605 Cut checkout p99 latency"_s,
                                    u"Impact: Checkout abandonment down 3%"_s, u"Page 1 of 1"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
}

TEST_F(ReportCommands, SameReportTwiceGivesTheSameBytes)
{
    for (const QString &format : {u"md"_s, u"html"_s}) {
        for (const QString &kind : {u"readiness"_s, u"brag"_s}) {
            const QByteArray first = fileBytes(report({u"report"_s, kind, u"--format"_s, format}, u"first"_s));
            const QByteArray second = fileBytes(report({u"report"_s, kind, u"--format"_s, format}, u"second"_s));
            EXPECT_FALSE(first.isEmpty());
            EXPECT_EQ(first, second) << kind.toStdString() << " " << format.toStdString();
        }
    }
}

TEST_F(ReportCommands, StandardOutputForTextFormats)
{
    const CliResult r = run({u"report"_s, u"brag"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s});
    EXPECT_TRUE(r.out.startsWith(u"# Brag document"_s)) << r.out.toStdString();
}

// Every bad input is refused cleanly (BadInput.h).
class ReportBadInput : public ReportCommands, public ::testing::WithParamInterface<BadInput>
{
};

TEST_P(ReportBadInput, FailsWithOneLineNamingTheProblem)
{
    m_cli.expectRefused(GetParam(), m_dir.path());
}

INSTANTIATE_TEST_SUITE_P(
    Report, ReportBadInput,
    ::testing::Values(
        BadInput{"NoOutput", {u"report"_s, u"readiness"_s}, {}, 2, SAYS(S("-o FILE is required"))},
        BadInput{"UnknownFormat",
                 {u"report"_s, u"readiness"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"x.docx"_s},
                 {},
                 1,
                 SAYS(S("--format docx"))},
        BadInput{"UnknownExtension", {u"report"_s, u"brag"_s, u"-o"_s, u"x.txt"_s}, {}, 1, SAYS(S("unknown extension '.txt'"))},
        BadInput{"PdfToStdout", {u"report"_s, u"brag"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"-"_s}, {}, 1, SAYS(S("standard output"))},
        BadInput{"BadPageSize",
                 {u"report"_s, u"brag"_s, u"--page-size"_s, u"legal"_s, u"-o"_s, u"x.pdf"_s},
                 {},
                 1,
                 SAYS(S("--page-size legal"))},
        BadInput{"BadGroup", {u"report"_s, u"brag"_s, u"--group"_s, u"week"_s, u"-o"_s, u"x.md"_s}, {}, 1, SAYS(S("--group week"))},
        BadInput{"BadPeriod", {u"report"_s, u"brag"_s, u"--period"_s, u"2026-Q5"_s, u"-o"_s, u"x.md"_s}, {}, 1, SAYS(S("--period"))},
        BadInput{"UnknownTarget", {u"readiness"_s, u"--target"_s, u"senoir"_s}, {}, 1, SAYS(S("did you mean 'senior'"))},
        BadInput{"UnknownTargetInReport",
                 {u"report"_s, u"readiness"_s, u"--target"_s, u"staff"_s, u"-o"_s, u"x.md"_s},
                 {},
                 1,
                 SAYS(S("unknown level 'staff'"))},
        BadInput{"BadEvidence",
                 {u"report"_s, u"readiness"_s, u"--evidence"_s, u"some"_s, u"-o"_s, u"x.md"_s},
                 {},
                 2,
                 SAYS(S("--evidence some: give a number of wins per skill or 'all'"))},
        BadInput{"NegativeEvidence",
                 {u"report"_s, u"readiness"_s, u"--evidence"_s, u"-3"_s, u"-o"_s, u"x.md"_s},
                 {},
                 2,
                 SAYS(S("--evidence -3"))},
        BadInput{"NoSubcommand", {u"report"_s}, {}, 2, SAYS(S("report readiness"))}),
    badInputName);

// The "done when": on a seeded example database (tests/bench's
// ladder-seed --example, a year of one engineer's data), every report renders
// in every format with the content a reader needs.
namespace {

// tests/bench's ladder-seed --example, a year of one engineer's data, in `db`.
// False (with the reason) when it cannot be made.
testing::AssertionResult seedExample(const QString &db)
{
    const QString seeder = QStringLiteral(LADDER_SEED_EXE);
    if (!QFileInfo::exists(seeder))
        return testing::AssertionFailure() << "ladder-seed is not built";
    QProcess seed;
    seed.start(seeder, {u"--db"_s, db, u"--example"_s, u"--today"_s, u"2026-11-22"_s});
    if (!seed.waitForFinished(120000) || seed.exitCode() != 0)
        return testing::AssertionFailure() << seed.readAllStandardError().toStdString();
    return testing::AssertionSuccess();
}

} // namespace

TEST(ReportCommandsOnExample, EveryReportRendersInEveryFormat)
{
    TempDir dir;
    const QString db = dir.file(u"example.db"_s);
    ASSERT_TRUE(seedExample(db));
    CliRunner cli(db);

    const QJsonObject readiness = QJsonDocument::fromJson(cli.run({u"readiness"_s, u"--json"_s}).out.toUtf8()).object();
    ASSERT_EQ(readiness[u"level"_s].toString(), u"senior"_s);
    QStringList skillNames;
    QString evidenceTitle;
    for (const QJsonValue &c : readiness[u"categories"_s].toArray()) {
        for (const QJsonValue &s : c[u"skills"_s].toArray()) {
            skillNames << s[u"name"_s].toString();
            if (evidenceTitle.isEmpty() && !s[u"evidence"_s].toArray().isEmpty())
                evidenceTitle = s[u"evidence"_s].toArray().first()[u"title"_s].toString();
        }
    }
    ASSERT_EQ(skillNames.size(), 25);
    ASSERT_FALSE(evidenceTitle.isEmpty());

    for (const QString &format : {u"md"_s, u"html"_s, u"pdf"_s}) {
        const QString readinessFile = dir.file(u"readiness."_s + format);
        const QString bySkillFile = dir.file(u"brag-skill."_s + format);
        const QString byMonthFile = dir.file(u"brag-month."_s + format);
        for (const auto &[arguments, file] :
             QList<std::pair<QStringList, QString>>{{{u"report"_s, u"readiness"_s}, readinessFile},
                                                    {{u"report"_s, u"brag"_s}, bySkillFile},
                                                    {{u"report"_s, u"brag"_s, u"--group"_s, u"month"_s}, byMonthFile}}) {
            const CliResult r = cli.run(arguments + QStringList{u"-o"_s, file});
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
        QString text;
        if (format == u"md"_s) {
            text = parseMarkdown(readText(readinessFile)).text + parseMarkdown(readText(bySkillFile)).text
                + parseMarkdown(readText(byMonthFile)).text;
        } else if (format == u"html"_s) {
            for (const QString &file : {readinessFile, bySkillFile, byMonthFile}) {
                QString error;
                const auto html = parseHtml(readText(file), &error);
                ASSERT_TRUE(error.isEmpty()) << file.toStdString() << ": " << error.toStdString();
                text += html.value(u"body"_s);
            }
        } else {
            text = pdfText(readinessFile);
            if (text.isNull())
                GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
            EXPECT_TRUE(text.contains(u"Page 1 of"_s));
            EXPECT_GE(pdfPages(pdfInfo(readinessFile)), 2);
            text += pdfText(bySkillFile) + pdfText(byMonthFile);
        }
        for (const QString &expected : {u"Promotion readiness: Senior"_s, u"Alex Rivera"_s, u"Mid-level"_s, u"Brag document"_s,
                                        u"Roadmap to Senior"_s, evidenceTitle})
            EXPECT_TRUE(text.contains(expected)) << format.toStdString() << ": " << expected.toStdString();
        // Every skill's row made it (nothing clipped off a page).
        for (const QString &name : std::as_const(skillNames))
            EXPECT_TRUE(text.contains(name)) << format.toStdString() << ": " << name.toStdString();
    }
}

// The "done when": the summary of the example year is read in five
// minutes, at most three A4 pages; --evidence all adds the full lists after
// the plan, in every format.
TEST(ReportCommandsOnExample, TheReadinessSummaryOfAYearIsAtMostThreePagesAndTheAppendixAddsTheRest)
{
    TempDir dir;
    const QString db = dir.file(u"example.db"_s);
    ASSERT_TRUE(seedExample(db));
    CliRunner cli(db);
    const QString summary = dir.file(u"summary.pdf"_s);
    const QString appendix = dir.file(u"appendix.pdf"_s);
    ASSERT_EQ(cli.run({u"report"_s, u"readiness"_s, u"-o"_s, summary}).code, 0);
    ASSERT_EQ(cli.run({u"report"_s, u"readiness"_s, u"--evidence"_s, u"all"_s, u"-o"_s, appendix}).code, 0);
    const QString info = pdfInfo(summary);
    if (info.isNull())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    EXPECT_TRUE(info.contains(u"(A4)"_s)) << info.toStdString();
    const int pages = pdfPages(info);
    EXPECT_GE(pages, 1);
    EXPECT_LE(pages, 3) << "the summary of the example year";
    EXPECT_GT(pdfPages(pdfInfo(appendix)), pages);
    const QString summaryText = pdfText(summary);
    const QString appendixText = pdfText(appendix);
    EXPECT_FALSE(summaryText.contains(u"Appendix: the evidence"_s));
    EXPECT_TRUE(appendixText.contains(u"Appendix: the evidence"_s));
    // The appendix comes after the plan.
    EXPECT_LT(appendixText.indexOf(u"Roadmap to Senior"_s), appendixText.indexOf(u"Appendix: the evidence"_s));

    for (const QString &format : {u"md"_s, u"html"_s}) {
        const QString plain = dir.file(u"summary."_s + format);
        const QString twoEach = dir.file(u"two."_s + format);
        ASSERT_EQ(cli.run({u"report"_s, u"readiness"_s, u"-o"_s, plain}).code, 0);
        ASSERT_EQ(cli.run({u"report"_s, u"readiness"_s, u"--evidence"_s, u"2"_s, u"-o"_s, twoEach}).code, 0);
        EXPECT_FALSE(readText(plain).contains(u"Appendix: the evidence"_s)) << format.toStdString();
        EXPECT_TRUE(readText(twoEach).contains(u"Appendix: the evidence"_s)) << format.toStdString();
        EXPECT_TRUE(readText(twoEach).contains(u"more wins in the period; the strongest are listed."_s)) << format.toStdString();
    }
}

namespace {

// A ReportPdf that says "handed over" with its own exit code, as ladder-cli's
// ReportHandOff does by running ladder-cli-report.
class HandOverRecorder : public ladder::ReportPdf
{
public:
    mutable int handOvers = 0;
    std::optional<int> runElsewhere(ladder::CommandContext &) const override
    {
        ++handOvers;
        return 42;
    }
    ladder::Result<QByteArray> readiness(const ladder::ReadinessReportModel &, const QString &) const override { return QByteArray(); }
    ladder::Result<QByteArray> brag(const ladder::BragReportModel &, const QString &) const override { return QByteArray(); }
};

int runWith(const std::shared_ptr<HandOverRecorder> &pdf, const QString &db, const QStringList &arguments, QString *out)
{
    QString err;
    QString in;
    QTextStream outStream(out);
    QTextStream errStream(&err);
    QTextStream inStream(&in);
    ladder::CommandContext context(outStream, errStream, inStream);
    context.dbPath = db;
    context.today = QDate(2026, 11, 22);
    const int code = ladder::Cli::run(context, arguments, ladder::coreCommands(pdf));
    outStream.flush();
    return code;
}

} // namespace

// ladder-cli writes Markdown and HTML itself (QtCore) and hands only a PDF
// over, before the database is opened: the same command list, two ReportPdfs.
TEST_F(ReportCommands, OnlyAPdfIsHandedToThePaintingProcess)
{
    const auto pdf = std::make_shared<HandOverRecorder>();
    for (const QString &kind : {u"readiness"_s, u"brag"_s}) {
        for (const QString &format : {u"md"_s, u"html"_s}) {
            QString out;
            EXPECT_EQ(runWith(pdf, m_cli.dbPath(), {u"report"_s, kind, u"--format"_s, format, u"-o"_s, u"-"_s}, &out), 0);
            EXPECT_EQ(out, m_cli.run({u"report"_s, kind, u"--format"_s, format, u"-o"_s, u"-"_s}).out) << kind.toStdString();
        }
    }
    EXPECT_EQ(pdf->handOvers, 0);

    const QString fresh = m_dir.file(u"never-made.db"_s);
    QString out;
    EXPECT_EQ(runWith(pdf, fresh, {u"report"_s, u"brag"_s, u"-o"_s, m_dir.file(u"b.pdf"_s)}, &out), 42);
    EXPECT_EQ(pdf->handOvers, 1);
    EXPECT_FALSE(QFileInfo::exists(fresh));
    // A bad option is still this process's error, whatever the format.
    EXPECT_EQ(runWith(pdf, fresh, {u"report"_s, u"brag"_s, u"--page-size"_s, u"a0"_s, u"-o"_s, m_dir.file(u"b.pdf"_s)}, &out), 1);
    EXPECT_EQ(pdf->handOvers, 1);
}
