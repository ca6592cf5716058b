#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <functional>

class QIODevice;

namespace ladder {

// Parses JSON and turns a syntax error into "FILE:LINE:COLUMN: message", the
// place a person can jump to in an editor.
Result<QJsonDocument> parseJson(const QByteArray &data, const QString &fileName);

// Reads a whole JSON file, at most BoundedRead::ExportLimit bytes; the error
// names the file.
Result<QByteArray> readFile(const QString &path);

// Writes a file atomically (QSaveFile): a crash leaves the old file or the new
// one, never half of it.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);
// The same for content made while it is written (an export of 100,000 wins
// need not be held in memory whole): `write` fills the device and returns an
// Error to abandon the file, leaving the old one.
Result<void> writeFileAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write);

} // namespace ladder
