// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLines.h"

#include <QStringDecoder>

namespace ladder {

Result<QStringList> TextLines::split(const QByteArray &data, const QString &fileName)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QStringList lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        // A newline byte is never part of a UTF-8 sequence, so each line
        // decodes on its own and the first bad one is the one to name.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decoder.decode(line);
        if (decoder.hasError())
            return Error(tr("%1: this line is not UTF-8 text; save the file as UTF-8").arg(location(fileName, int(lines.size()) + 1)));
        lines << std::move(decoded);
        start = end + 1;
    }
    // The newline that ends the last line does not start another.
    if (lines.size() > 1 && lines.last().isEmpty() && text.endsWith('\n'))
        lines.removeLast();
    return lines;
}

QString TextLines::location(const QString &fileName, int line)
{
    return fileName + QLatin1Char(':') + QString::number(line);
}

} // namespace ladder
