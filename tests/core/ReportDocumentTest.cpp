// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfReportWriter.h"
#include "render/RadarChartObject.h"
#include "render/ReportDocument.h"
#include "report/HtmlWriter.h"
#include "report/ReadinessReportModel.h"
#include "ReportFixtures.h"

#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace ladder;
using namespace ladder::fixtures;

namespace {

ReadinessReportModel workedExample()
{
    Result<ReadinessReportModel> model = buildReadiness(workedExampleData(), u"senior"_s, h1(), d(2026, 11, 22));
    EXPECT_TRUE(model.ok());
    return model.ok() ? *model : ReadinessReportModel{};
}

struct Objects
{
    int charts = 0;
    int placeholders = 0;
};

Objects objects(const QTextDocument &document)
{
    Objects found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.objectType() == RadarChartObject::Type)
                ++found.charts;
            if (format.isImageFormat() && format.toImageFormat().name() == HtmlWriter::chartPlaceholder())
                ++found.placeholders;
        }
    }
    return found;
}

} // namespace

TEST(ReportDocument, TheChartPlaceholderBecomesAPaintedObject)
{
    const std::unique_ptr<QTextDocument> document = ReportDocument::readiness(workedExample());
    const Objects found = objects(*document);
    EXPECT_EQ(found.charts, 1);
    EXPECT_EQ(found.placeholders, 0);
    EXPECT_EQ(document->metaInformation(QTextDocument::DocumentTitle), u"Promotion readiness: Senior"_s);
    EXPECT_TRUE(document->toPlainText().contains(u"Designed the notification fan-out"_s));
}

TEST(ReportDocument, ChartTakesTheTextWidthAtMost12Centimetres)
{
    const std::unique_ptr<QTextDocument> document = ReportDocument::readiness(workedExample());
    document->setTextWidth(400);
    RadarChartObject *handler = nullptr;
    for (QObject *child : document->children()) {
        if (auto *h = qobject_cast<RadarChartObject *>(child))
            handler = h;
    }
    ASSERT_NE(handler, nullptr);
    const QSizeF narrow = handler->intrinsicSize(document.get(), 0, QTextCharFormat());
    EXPECT_LE(narrow.width(), 400.0);
    EXPECT_GT(narrow.width(), 350.0);
    EXPECT_NEAR(narrow.height() / narrow.width(), 440.0 / 640.0, 1e-9);
    document->setTextWidth(5000);
    EXPECT_LE(handler->intrinsicSize(document.get(), 0, QTextCharFormat()).width(), 12.0 / 2.54 * 96.0 + 1.0);
}

TEST(PdfReportWriter, WritesAPdfOnEitherPaper)
{
    PdfReportWriter::Options options;
    Result<QByteArray> a4 = PdfReportWriter::readiness(workedExample(), options);
    ASSERT_TRUE(a4.ok()) << a4.error().message().toStdString();
    EXPECT_TRUE(a4->startsWith("%PDF-"));
    EXPECT_TRUE(a4->contains("/MediaBox [0 0 595"));
    options.pageSize = QPageSize::Letter;
    Result<QByteArray> letter = PdfReportWriter::readiness(workedExample(), options);
    ASSERT_TRUE(letter.ok());
    EXPECT_TRUE(letter->contains("/MediaBox [0 0 612"));
}

TEST(PdfReportWriter, PageSizeKeys)
{
    QPageSize::PageSizeId id = QPageSize::A3;
    EXPECT_TRUE(PdfReportWriter::pageSizeFromKey(u"Letter"_s, &id));
    EXPECT_EQ(id, QPageSize::Letter);
    EXPECT_TRUE(PdfReportWriter::pageSizeFromKey(u"a4"_s, &id));
    EXPECT_EQ(id, QPageSize::A4);
    EXPECT_FALSE(PdfReportWriter::pageSizeFromKey(u"legal"_s, &id));
}
