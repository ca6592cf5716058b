// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

namespace ladder {

// Paints a QTextDocument page by page on a paged device (QPdfWriter, or the
// GUI's QPrinter) within the device's page layout: tables break between rows
// (their header row repeats) instead of being clipped, and each page gets a
// footer with the document's title and "Page N of M".
class PagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PagePrinter)

public:
    // Lays `document` out for `device` (its paint device, page size and root
    // frame margins change: print a document of its own, not one on screen)
    // and paints every page. Returns the number of pages, 0 when the device
    // could not be painted on.
    static int print(QTextDocument &document, QPagedPaintDevice &device);
};

} // namespace ladder
