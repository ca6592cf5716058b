#include "JsonReader.h"

#include "BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonParseError>
#include <QSaveFile>

namespace ladder {

Result<QJsonDocument> parseJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < error.offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Error(QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(error.errorString()));
}

Result<QByteArray> readFile(const QString &path)
{
    return BoundedRead::jsonFile(path, BoundedRead::ExportLimit, QCoreApplication::translate("JsonReader", "a file"));
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    return writeFileAtomically(path, [&](QIODevice &file) -> Result<void> {
        if (file.write(data) != data.size())
            return Error(file.errorString());
        return {};
    });
}

Result<void> writeFileAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write)
{
    QSaveFile file(path);
    auto failed = [&](const QString &why) {
        return Error(QCoreApplication::translate("JsonReader", "cannot write %1: %2").arg(path, why));
    };
    // Exports hold the same private data as the database: owner-only too.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());
    if (Result<void> written = write(file); !written) {
        file.cancelWriting();
        return failed(written.error().message());
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace ladder
