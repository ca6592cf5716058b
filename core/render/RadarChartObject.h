// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPalette.h"
#include "report/RadarChartData.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace ladder {

// The radar chart as an object inside a QTextDocument: painted by RadarChart
// straight onto whatever draws the document (vector graphics in a PDF, crisp
// on a printer, live on screen in the GUI's preview), at the text width.
class RadarChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    // Registers a handler, owned by `document`, that paints `data` for every
    // object of Type in it, and replaces the <img> placeholder written by
    // HtmlWriter (RichText) with such an object.
    static void install(QTextDocument *document, const RadarChartData &data, const ChartPalette &palette);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    RadarChartObject(QTextDocument *document, RadarChartData data, ChartPalette palette);

    RadarChartData m_data;
    ChartPalette m_palette;
};

} // namespace ladder
