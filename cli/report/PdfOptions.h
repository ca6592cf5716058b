// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace ladder {

// --page-size a4|letter of the PDF reports, checked in QtCore (every format
// checks it, and only PDFs load QtGui); the painter maps the key to a page.
class PdfOptions
{
    Q_DECLARE_TR_FUNCTIONS(PdfOptions)

public:
    static QCommandLineOption pageSizeOption();
    // "a4" (the default) or "letter"; an error naming --page-size otherwise.
    static Result<QString> pageSize(const QCommandLineParser &parser);
};

} // namespace ladder
