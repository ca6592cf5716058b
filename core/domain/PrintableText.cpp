// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintableText.h"

namespace ladder {

namespace {

QString controlAt(char16_t c, qsizetype i)
{
    return PrintableText::tr("must be printable text, but has the control character U+%1 at character %2")
        .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())
        .arg(i + 1);
}

} // namespace

bool PrintableText::isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

QString PrintableText::notOneLine(const QString &text)
{
    const QChar *chars = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x20 && c < 0x7f)
            continue; // printable ASCII: nearly every character
        if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0b || c == 0x0c || c == 0x85)
            return tr("must be one line, but has a line break at character %1").arg(i + 1);
        if (isControl(c))
            return controlAt(c, i);
    }
    return {};
}

QString PrintableText::notText(const QString &text)
{
    const QChar *chars = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        if (isControl(c))
            return controlAt(c, i);
    }
    return {};
}

QString PrintableText::oneLine(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        if (isControl(ch.unicode()))
            ch = QLatin1Char(' ');
    }
    return out;
}

QString PrintableText::lines(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (isControl(c) && c != u'\n' && c != u'\t')
            ch = QLatin1Char(' ');
    }
    return out;
}

} // namespace ladder
