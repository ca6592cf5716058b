// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLines.h"

#include <QStringDecoder>
#include <QUtf8StringView>

namespace ladder {

Result<QStringList> TextLines::split(const QByteArray &data, const QString &fileName)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    // Checked and decoded whole, then split. Only a file with a bad byte is
    // decoded again line by line, to name the line.
    if (QUtf8StringView(text).isValidUtf8()) {
        QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
        for (QString &line : lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
        if (lines.size() > 1 && text.endsWith('\n'))
            lines.removeLast();
        return lines;
    }
    // A newline byte is never part of a UTF-8 sequence, so the first line
    // that does not decode on its own is the one to name.
    int number = 1;
    for (QByteArrayView rest = text;; ++number) {
        const qsizetype end = rest.indexOf('\n');
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(end < 0 ? rest : rest.first(end));
        if (decoder.hasError() || end < 0)
            break;
        rest = rest.sliced(end + 1);
    }
    return Error(tr("%1: this line is not UTF-8 text; save the file as UTF-8").arg(location(fileName, number)));
}

QString TextLines::location(const QString &fileName, int line)
{
    return fileName + QLatin1Char(':') + QString::number(line);
}

} // namespace ladder
