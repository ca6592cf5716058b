// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <utility>

namespace ladder {

// The translation context of the text of the functions below.
struct JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

// Parses JSON and turns a syntax error into "FILE:LINE:COLUMN: message", the
// place a person can jump to in an editor.
Result<QJsonDocument> parseJson(const QByteArray &data, const QString &fileName);

// The 1-based line and column of a byte offset of `data`: where a syntax error is.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset);

// Reads a whole JSON file, at most BoundedRead::ExportLimit bytes; the error
// names the file.
Result<QByteArray> readFile(const QString &path);

} // namespace ladder
