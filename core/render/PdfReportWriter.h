// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "report/BragReportModel.h"
#include "report/ReadinessReportModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace ladder {

// The reports as PDF: ReportDocument laid out on A4 or Letter by PagePrinter
// through QPdfWriter. Needs a QGuiApplication (the "offscreen" platform is
// enough: ladder-cli makes PDFs with no display), not QtWidgets.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    struct Options
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QString creator = QStringLiteral("Ladder");
    };

    static Result<QByteArray> readiness(const ReadinessReportModel &model, const Options &options);
    static Result<QByteArray> brag(const BragReportModel &model, const Options &options);
    // Any document, e.g. one the GUI built; the document is laid out anew.
    static Result<QByteArray> write(QTextDocument &document, const Options &options);

    // "a4" / "letter" (any case); false for anything else.
    static bool pageSizeFromKey(const QString &key, QPageSize::PageSizeId *pageSize);
};

} // namespace ladder
