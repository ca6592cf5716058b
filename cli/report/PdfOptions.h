#pragma once

#include "domain/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QPageSize>

namespace ladder {

// --page-size a4|letter of the PDF reports. Apart from ReportOptions because it
// needs QtGui, which only ladder-cli-report loads.
class PdfOptions
{
public:
    static QCommandLineOption pageSizeOption();
    static Result<QPageSize::PageSizeId> pageSize(const QCommandLineParser &parser);
};

} // namespace ladder
