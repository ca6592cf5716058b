// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

#include "BoundedRead.h"

#include <QFile>
#include <QJsonParseError>

namespace ladder {

Result<QJsonDocument> parseJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    const auto [line, column] = lineAndColumn(data, error.offset);
    return Error(QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(error.errorString()));
}

std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

Result<QByteArray> readFile(const QString &path)
{
    return BoundedRead::jsonFile(path, BoundedRead::ExportLimit, JsonReader::tr("a file"));
}

} // namespace ladder
