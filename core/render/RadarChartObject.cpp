// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartObject.h"

#include "RadarChart.h"
#include "report/HtmlWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace ladder {

RadarChartObject::RadarChartObject(QTextDocument *document, RadarChartData data, ChartPalette palette)
    : QObject(document)
    , m_data(std::move(data))
    , m_palette(std::move(palette))
{
}

void RadarChartObject::install(QTextDocument *document, const RadarChartData &data, const ChartPalette &palette)
{
    auto *handler = new RadarChartObject(document, data, palette);
    document->documentLayout()->registerHandler(Type, handler);

    // Collect first, replace afterwards: editing while walking the fragments
    // would invalidate the iterator.
    QList<std::pair<int, int>> placeholders;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat() && fragment.charFormat().toImageFormat().name() == HtmlWriter::chartPlaceholder()) {
                placeholders.append({fragment.position(), fragment.length()});
            }
        }
    }
    std::reverse(placeholders.begin(), placeholders.end());
    for (const auto &[position, length] : std::as_const(placeholders)) {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(Type);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QSizeF RadarChartObject::intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format)
{
    Q_UNUSED(positionInDocument);
    Q_UNUSED(format);
    // The full text width, at most 12 cm: readable labels on paper, and room
    // on the summary's first page for the categories (docs/reports.md).
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const double dpi = device ? device->logicalDpiX() : 96.0;
    const double maxWidth = 12.0 / 2.54 * dpi;
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    double width = document->textWidth() > 0 ? document->textWidth() : document->pageSize().width();
    // The root frame's margins (QTextDocument::documentMargin on screen, none on paper).
    width -= root.leftMargin() + root.rightMargin() + 2.0 * (root.padding() + root.border());
    if (width <= 0)
        width = maxWidth;
    width = std::min(width, maxWidth) * 0.98; // a hair less, so the block never wraps it
    return {width, width * RadarChart::aspectRatio()};
}

void RadarChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                                  const QTextFormat &format)
{
    Q_UNUSED(positionInDocument);
    Q_UNUSED(format);
    RadarChart::paint(*painter, rect, m_data, m_palette, document->defaultFont());
}

} // namespace ladder
