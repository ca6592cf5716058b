// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagePrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace ladder {

namespace {

// The pages that hold something. QTextDocument keeps an empty block after
// every table; when a table ends at the foot of a page that block alone would
// add a blank last page.
int contentPages(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    double bottom = 0.0;
    QTextFrame *root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            bottom = std::max(bottom, layout->frameBoundingRect(frame).bottom() - frame->frameFormat().bottomMargin());
        } else if (it.currentBlock().length() > 1) {
            const QTextBlock block = it.currentBlock();
            bottom = std::max(bottom, layout->blockBoundingRect(block).bottom() - block.blockFormat().bottomMargin());
        }
    }
    const int used = int((bottom - 0.5) / pageHeight) + 1;
    return std::clamp(used, 1, std::max(1, document.pageCount()));
}

} // namespace

int PagePrinter::print(QTextDocument &document, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;

    // Lay out at 96 dpi, as on screen, and scale the painter to the device: CSS
    // lengths in px (borders, padding, the chart's size) then mean the same on
    // paper as in the GUI's preview, and design metrics keep the text's width
    // independent of any pixel grid. The layout device is a 96 dpi image rather
    // than the screen, whose dpi varies from machine to machine.
    static const QImage layoutDevice = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        return image;
    }();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->setPaintDevice(const_cast<QImage *>(&layoutDevice));
    document.setUseDesignMetrics(true);
    const double scale = device.logicalDpiY() / 96.0;
    // The painter's origin is the top-left of the printable area.
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const double width = area.width() / scale;
    const double pageHeight = area.height() / scale;

    // In layout units (the painter is scaled): 10 px is 7.5 pt.
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(10);
    const double footerHeight = 28.0;

    // The root frame's margins apply on every page: the bottom one keeps the
    // text off the footer.
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    root.setBorder(0);
    root.setBottomMargin(footerHeight);
    document.rootFrame()->setFrameFormat(root);
    document.setPageSize(QSizeF(width, pageHeight));
    const int pages = contentPages(document, pageHeight);
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);

    painter.scale(scale, scale);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, page * pageHeight, width, pageHeight - footerHeight);
        painter.translate(0, -page * pageHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.75));
        const QRectF footer(0, pageHeight - footerHeight, width, footerHeight);
        painter.drawLine(QPointF(0, footer.top() + footerHeight * 0.35), QPointF(width, footer.top() + footerHeight * 0.35));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, number);
        painter.drawText(footer.adjusted(0, 0, -footer.width() / 3.0, 0), Qt::AlignLeft | Qt::AlignBottom, title);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace ladder
