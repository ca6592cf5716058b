// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

// What an output file's name says about its content: `-o x.pdf` promises a
// PDF, so writing Markdown or JSON into it is refused rather than leaving a
// file that its name misdescribes.
class OutputName
{
    Q_DECLARE_TR_FUNCTIONS(OutputName)

public:
    // The format an extension names: "md", "html", "pdf", "csv", "json",
    // "database"; empty for "-", no extension or one that names no format.
    static QString formatOf(const QString &path);
    // For the commands that write JSON (export, framework export): an error
    // naming `path` when its extension names another format.
    static Result<void> checkJson(const QString &path);
    // The same for any format formatOf() names ("md", "csv", "json").
    static Result<void> check(const QString &path, const QString &format);
};

} // namespace ladder
