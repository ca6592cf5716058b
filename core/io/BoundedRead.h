// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ladder {

// Reading a whole input under a limit (docs/formats.md, "Size limits"): a
// regular file is refused by its size before a byte is read; a pipe, a
// device or standard input is read in chunks and refused at limit + 1, so
// `import /dev/zero` stops at once instead of filling memory.
class BoundedRead
{
    Q_DECLARE_TR_FUNCTIONS(BoundedRead)

public:
    static constexpr qint64 ExportLimit = qint64(1) << 30;     // `import FILE`
    static constexpr qint64 FrameworkLimit = qint64(16) << 20; // `framework import FILE`
    static constexpr qint64 WinTextLimit = qint64(16) << 20;   // a win read from standard input (characters)

    // What the file at `path` holds, at most `limit` bytes; `what` names the
    // kind of file for the message ("a ladder export"). A stream that cannot
    // be one JSON object (a NUL byte, a first character other than '{') is
    // refused as soon as that is read, with its line and column.
    static Result<QByteArray> jsonFile(const QString &path, qint64 limit, const QString &what);
    // The same for a file of any text format (a CSV sheet, a jrnl journal):
    // a stream is refused early only at a NUL byte.
    static Result<QByteArray> textFile(const QString &path, qint64 limit, const QString &what);

    // 1 GiB, 16 MiB, 1 MiB, 512 bytes: how the limits are written in messages.
    static QString size(qint64 bytes);

private:
    static Result<QByteArray> read(const QString &path, qint64 limit, const QString &what, bool json);
};

} // namespace ladder
