// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOptions.h"

namespace ladder {

QCommandLineOption PdfOptions::pageSizeOption()
{
    return {QStringLiteral("page-size"), tr("PDF paper: a4 or letter (default: a4)."), QStringLiteral("SIZE")};
}

Result<QString> PdfOptions::pageSize(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("page-size")))
        return QStringLiteral("a4");
    const QString key = parser.value(QStringLiteral("page-size")).trimmed().toLower();
    if (key != QLatin1String("a4") && key != QLatin1String("letter"))
        return Error(tr("--page-size %1: unknown paper (a4 or letter)").arg(parser.value(QStringLiteral("page-size"))));
    return key;
}

} // namespace ladder
