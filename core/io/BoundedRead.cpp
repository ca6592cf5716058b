// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedRead.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <sys/stat.h>

namespace ladder {

namespace {

constexpr qint64 Chunk = qint64(1) << 20;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where byte `offset` of `data` is, as "LINE:COLUMN".
QString place(const QByteArray &data, qsizetype offset)
{
    const QByteArrayView before(data.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastBreak = before.lastIndexOf('\n');
    return QStringLiteral("%1:%2").arg(line).arg(offset - lastBreak);
}

// Why a stream whose first `checked` bytes were looked at already cannot be
// a JSON object (or, unless `json`, text); empty while it still can.
QString notReadable(const QByteArray &data, qsizetype from, bool json, bool *seenStart)
{
    for (qsizetype i = from; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\0')
            return place(data, i)
                + (json ? BoundedRead::tr(": a NUL byte: this is not JSON text") : BoundedRead::tr(": a NUL byte: this is not text"));
        if (json && !*seenStart && !isJsonSpace(c)) {
            if (c != '{')
                return place(data, i) + BoundedRead::tr(": expected '{': the file must be one JSON object");
            *seenStart = true;
        }
    }
    return {};
}

} // namespace

QString BoundedRead::size(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return tr("%1 GiB").arg(bytes >> 30);
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= (qint64(1) << 10) && bytes % (qint64(1) << 10) == 0)
        return tr("%1 KiB").arg(bytes >> 10);
    return tr("%1 bytes").arg(bytes);
}

Result<QByteArray> BoundedRead::jsonFile(const QString &path, qint64 limit, const QString &what)
{
    return read(path, limit, what, true);
}

Result<QByteArray> BoundedRead::textFile(const QString &path, qint64 limit, const QString &what)
{
    return read(path, limit, what, false);
}

Result<QByteArray> BoundedRead::read(const QString &path, qint64 limit, const QString &what, bool json)
{
    auto cannot = [&](const QString &why) { return Error(tr("cannot read %1: %2").arg(path, why)); };
    auto tooLarge = [&]() { return cannot(tr("larger than %1, the most %2 may be (docs/formats.md)").arg(size(limit), what)); };
    const QFileInfo info(path);
    if (info.isDir())
        return cannot(tr("it is a folder, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannot(file.errorString());
    // Only a regular file's size is trusted: a block device may report 0.
    if (!file.isSequential() && info.isFile()) {
        if (file.size() > limit)
            return tooLarge();
        QByteArray data = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return cannot(file.errorString());
        // A file that grew while it was read is judged by what was read.
        if (data.size() > limit)
            return tooLarge();
        return data;
    }
    // A pipe or a device: no size to trust, so read up to one byte past the
    // limit, and stop early at what no JSON object (or text) holds.
    QByteArray data;
    bool seenStart = false;
    while (true) {
        const qsizetype had = data.size();
        const qint64 want = std::min(Chunk, limit + 1 - had);
        data.resize(had + want);
        const qint64 got = file.read(data.data() + had, want);
        if (got < 0)
            return cannot(file.errorString());
        data.resize(had + got);
        if (const QString why = notReadable(data, had, json, &seenStart); !why.isEmpty())
            return Error(QStringLiteral("%1:%2").arg(info.fileName(), why));
        if (data.size() > limit)
            return tooLarge();
        if (got == 0)
            return data;
    }
}

} // namespace ladder
