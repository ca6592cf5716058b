// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

namespace ladder {

namespace {

enum class Keep { Nothing, Newlines, NewlinesAndStyles };

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

QChar visible(char16_t c)
{
    if (c < 0x20)
        return QChar(char16_t(0x2400 + c));
    if (c == 0x7f)
        return QChar(char16_t(0x2421));
    return QChar(char16_t(0xfffd));
}

// The length of a color code "ESC [ digits/semicolons m" at `i`, 0 when there is none.
qsizetype styleLength(const QString &text, qsizetype i)
{
    if (i + 2 >= text.size() || text.at(i + 1) != QLatin1Char('['))
        return 0;
    for (qsizetype j = i + 2; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (c == QLatin1Char('m'))
            return j - i + 1;
        if (!c.isDigit() && c != QLatin1Char(';'))
            return 0;
    }
    return 0;
}

QString clean(const QString &text, Keep keep)
{
    // Most text has no control character: it is returned as it is, unallocated.
    qsizetype first = 0;
    while (first < text.size() && !isControl(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size());
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c)) {
            out += QChar(c);
            continue;
        }
        if (keep != Keep::Nothing) {
            if (c == u'\n' || c == u'\t') {
                out += QChar(c);
                continue;
            }
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            if (c == 0x1b && keep == Keep::NewlinesAndStyles) {
                if (const qsizetype n = styleLength(text, i)) {
                    out += QStringView(text).mid(i, n);
                    i += n - 1;
                    continue;
                }
            }
        }
        out += visible(c);
    }
    return out;
}

} // namespace

QString TerminalText::line(const QString &text)
{
    return clean(text, Keep::Nothing);
}

QString TerminalText::lines(const QString &text)
{
    return clean(text, Keep::Newlines);
}

QString TerminalText::keepingStyles(const QString &text)
{
    return clean(text, Keep::NewlinesAndStyles);
}

} // namespace ladder
