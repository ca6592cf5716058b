// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BragReportModel.h"
#include "report/HtmlWriter.h"
#include "report/ReadinessReportModel.h"
#include "ReportFixtures.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace ladder;
using namespace ladder::fixtures;

namespace {

// The HTML read as XML (the writer keeps it XHTML-clean): elements with the
// text inside them, in document order.
struct Element
{
    QString name;
    QString cssClass;
    QString text; // all descendant text
    QXmlStreamAttributes attributes;
};

struct Parsed
{
    QList<Element> elements;
    QString error;
};

Parsed parse(const QString &html)
{
    Parsed parsed;
    QXmlStreamReader xml(html);
    QList<qsizetype> open; // indexes into elements
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            parsed.elements.append(Element{xml.name().toString(), xml.attributes().value(u"class"_s).toString(), {}, xml.attributes()});
            open.append(parsed.elements.size() - 1);
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters()) {
            for (qsizetype i : std::as_const(open))
                parsed.elements[i].text += xml.text();
        }
    }
    if (xml.hasError())
        parsed.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return parsed;
}

QStringList texts(const Parsed &parsed, const QString &name)
{
    QStringList out;
    for (const Element &e : parsed.elements) {
        if (e.name == name)
            out << e.text.trimmed();
    }
    return out;
}

qsizetype count(const Parsed &parsed, const QString &name)
{
    return std::count_if(parsed.elements.begin(), parsed.elements.end(), [&](const Element &e) { return e.name == name; });
}

ReadinessReportModel workedExample(const ReportData &data = workedExampleData(), int appendix = ReadinessReportModel::NoAppendix)
{
    Result<ReadinessReportModel> model = buildReadiness(data, u"senior"_s, h1(), d(2026, 11, 22), appendix);
    EXPECT_TRUE(model.ok());
    return model.ok() ? *model : ReadinessReportModel{};
}

} // namespace

TEST(HtmlWriter, ReadinessIsWellFormedWithTheReportsSections)
{
    const Parsed parsed = parse(HtmlWriter::readiness(workedExample()));
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    EXPECT_EQ(parsed.elements.first().name, u"html"_s);
    EXPECT_EQ(texts(parsed, u"title"_s).first(), u"Promotion readiness: Senior"_s);
    EXPECT_EQ(texts(parsed, u"h1"_s), QStringList{u"Promotion readiness: Senior"_s});
    EXPECT_EQ(joined(texts(parsed, u"h2"_s)), "Overall readiness: 54%,By category,Skills,What is missing,The plan");
    bool generated = false;
    for (const Element &e : parsed.elements)
        generated = generated || (e.cssClass == u"generated"_s && e.text == u"Generated for Alex Rivera, 2026-11-22, by Ladder."_s);
    EXPECT_TRUE(generated);

    const Parsed withAppendix = parse(HtmlWriter::readiness(workedExample(workedExampleData(), ReadinessReportModel::AllEvidence)));
    ASSERT_TRUE(withAppendix.error.isEmpty()) << withAppendix.error.toStdString();
    EXPECT_EQ(joined(texts(withAppendix, u"h2"_s)),
              "Overall readiness: 54%,By category,Skills,What is missing,The plan,Appendix: the evidence");
}

TEST(HtmlWriter, ChartIsInlineSvgWithBothPolygonsAndEveryLabel)
{
    const Parsed parsed = parse(HtmlWriter::readiness(workedExample()));
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    EXPECT_EQ(count(parsed, u"svg"_s), 1);
    // Four rings, the expectation and the rating.
    EXPECT_EQ(count(parsed, u"polygon"_s), 6);
    const QStringList labels = texts(parsed, u"text"_s);
    for (const QString &skill :
         {u"Testing"_s, u"Debugging"_s, u"System design"_s, u"Mentoring"_s, u"Your rating"_s, u"Expected at Senior"_s})
        EXPECT_TRUE(labels.contains(skill)) << skill.toStdString();
}

TEST(HtmlWriter, TablesCarryTheNumbersWithTheirWords)
{
    const Parsed parsed = parse(HtmlWriter::readiness(workedExample()));
    ASSERT_TRUE(parsed.error.isEmpty());
    QList<QStringList> rows;
    for (const Element &e : parsed.elements) {
        if (e.name == u"tr"_s)
            rows << QStringList();
        else if ((e.name == u"td"_s || e.name == u"th"_s) && !rows.isEmpty())
            rows.last() << e.text;
    }
    EXPECT_TRUE(rows.contains(QStringList{u"Craft"_s, u"75%"_s, u"1"_s, u"1"_s, u"0"_s, u"0"_s}));
    EXPECT_TRUE(rows.contains(QStringList{u"1"_s, u"Mentoring"_s, u"0 none"_s, u"2 practising"_s, u"2"_s, u"#7"_s}));
    // The summary's strongest wins are one line each; the appendix says their impact.
    const QStringList items = texts(parsed, u"li"_s);
    EXPECT_TRUE(items.contains(u"2026-02-10 Added contract tests for the orders API"_s)) << joined(items);
    const QStringList appendix
        = texts(parse(HtmlWriter::readiness(workedExample(workedExampleData(), ReadinessReportModel::AllEvidence))), u"li"_s);
    EXPECT_TRUE(std::any_of(appendix.begin(), appendix.end(), [](const QString &i) {
        return i.startsWith(u"2026-02-10 Added contract tests for the orders API"_s)
            && i.endsWith(u"Impact: Two breaking changes caught in CI"_s);
    }));
}

TEST(HtmlWriter, IsOneSelfContainedFile)
{
    const QString html = HtmlWriter::readiness(workedExample());
    EXPECT_FALSE(html.contains(u"<script"_s));
    EXPECT_FALSE(html.contains(u"<link"_s));
    EXPECT_FALSE(html.contains(u" src="_s));
    EXPECT_FALSE(html.contains(u"url("_s));
    EXPECT_EQ(html.count(u"http"_s), 1); // the SVG namespace only
    EXPECT_TRUE(html.contains(u"<style>"_s));
}

TEST(HtmlWriter, UserTextIsEscaped)
{
    ReportData data = workedExampleData();
    data.wins[1].title = u"<script>alert(\"x\")</script> & <b>"_s;
    const QString html = HtmlWriter::readiness(workedExample(data));
    EXPECT_FALSE(html.contains(u"<script>"_s));
    const Parsed parsed = parse(html);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    const QStringList strong = texts(parsed, u"strong"_s);
    EXPECT_TRUE(strong.contains(u"<script>alert(\"x\")</script> & <b>"_s));
}

TEST(HtmlWriter, SameReportSameBytes)
{
    EXPECT_EQ(HtmlWriter::readiness(workedExample()), HtmlWriter::readiness(workedExample()));
    const BragReportModel brag = BragReportModel::build(workedExampleData(), h1(), BragReportModel::Grouping::Month, d(2026, 11, 22));
    EXPECT_EQ(HtmlWriter::brag(brag), HtmlWriter::brag(brag));
}

TEST(HtmlWriter, RichTextHasAChartPlaceholderInsteadOfSvg)
{
    const QString html = HtmlWriter::readiness(workedExample(), HtmlWriter::Flavor::RichText);
    EXPECT_FALSE(html.contains(u"<svg"_s));
    const Parsed parsed = parse(html);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    qsizetype images = 0;
    for (const Element &e : parsed.elements) {
        if (e.name == u"img"_s) {
            ++images;
            EXPECT_EQ(e.attributes.value(u"src"_s).toString(), HtmlWriter::chartPlaceholder());
        }
    }
    EXPECT_EQ(images, 1);
}

TEST(HtmlWriter, BragListsStarredFirstUnderEachGroup)
{
    const BragReportModel model = BragReportModel::build(workedExampleData(), h1(), BragReportModel::Grouping::Skill, d(2026, 11, 22));
    const Parsed parsed = parse(HtmlWriter::brag(model));
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    EXPECT_EQ(texts(parsed, u"h1"_s), QStringList{u"Brag document: 2026-01-01 to 2026-06-30"_s});
    EXPECT_EQ(joined(texts(parsed, u"h2"_s)), "Testing (Craft),System design (Systems)");
    const QStringList items = texts(parsed, u"li"_s);
    ASSERT_EQ(items.size(), 3);
    EXPECT_TRUE(items.at(0).startsWith(u"2026-05-20 \u2605 Designed the notification fan-out"_s)) << items.at(0).toStdString();
    EXPECT_TRUE(items.at(1).startsWith(u"2026-02-10 Added contract tests"_s));
}
