// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"
#include "domain/Framework.h"
#include "domain/Result.h"
#include "FrameworkProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ladder {

class JsonWriter;

// The `ladder-framework` JSON format (docs/formats.md): reading versions 1
// and 2 with full validation, and writing version 2. Problems are root causes
// only, each one line "FILE: PATH: problem" with the elements on the path
// named by their slugs, then "FILE: N problems"; nothing is returned unless
// the whole file is valid.
class FrameworkFormat
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkFormat)

public:
    // The version written; versions 1 and 2 are read.
    static constexpr int Version = 2;

    static Result<Framework> read(const QByteArray &data, const QString &fileName);
    static Result<Framework> readFile(const QString &path);
    // From an already parsed object (a framework inside a ladder export), with
    // `path` the JSON path of that object in its file.
    static Result<Framework> fromJson(const QJsonObject &object, const QString &fileName, const QString &path = {});

    // Every problem of a framework file, apart (`framework import --json`);
    // empty when the file is valid, and then `framework`, when given, holds it.
    static QList<FrameworkProblem> check(const QByteArray &data, Framework *framework = nullptr);
    // The same for a file; a file that cannot be read is one problem without a path.
    static QList<FrameworkProblem> checkFile(const QString &path, Framework *framework = nullptr);
    // The error of `problems`: one line each, then the count when there are several.
    static Error error(const QString &fileName, const QList<FrameworkProblem> &problems);

    static QJsonObject toJson(const Framework &framework, bool withUuids = false);
    // Version 2, indented, keys in the order a person edits them, with the
    // UUIDs the framework has: what `framework export` writes.
    static QByteArray write(const Framework &framework);
    // The same into `writer` (the ladder export writes a framework a line).
    static void write(JsonWriter &writer, const Framework &framework, bool withUuids = true);

    // The built-in `software-engineer` framework shipped as a resource.
    static Result<Framework> builtIn();
};

} // namespace ladder
