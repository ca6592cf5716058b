// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ladder {

// The lines of a text file another program wrote (a spreadsheet's CSV, a
// Markdown brag document): UTF-8 with or without a byte order mark, lines
// ending in LF or CRLF. Line N of the file is element N-1. Bytes that are not
// UTF-8 are an error naming "FILE:LINE" rather than text read wrong.
class TextLines
{
    Q_DECLARE_TR_FUNCTIONS(TextLines)

public:
    static Result<QStringList> split(const QByteArray &data, const QString &fileName);
    // "FILE:LINE" of a 1-based line, as every reader names a place.
    static QString location(const QString &fileName, int line);
};

} // namespace ladder
