// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ladder {

// The `ladder-framework` JSON format (docs/formats.md): reading with full
// validation, and writing. Problems are reported as "FILE: JSON.path: problem",
// one line each, and nothing is returned unless the whole file is valid.
class FrameworkFormat
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkFormat)

public:
    static Result<Framework> read(const QByteArray &data, const QString &fileName);
    static Result<Framework> readFile(const QString &path);
    // From an already parsed object (a framework inside a ladder export), with
    // `path` the JSON path of that object in its file.
    static Result<Framework> fromJson(const QJsonObject &object, const QString &fileName, const QString &path = {});

    static QJsonObject toJson(const Framework &framework, bool withUuids = false);
    static QByteArray write(const Framework &framework);

    // The built-in `software-engineer` framework shipped as a resource.
    static Result<Framework> builtIn();
};

} // namespace ladder
