#include "JsonSpans.h"

namespace ladder {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

// One past the closing quote of the string whose opening quote is at `i`; -1
// when it is not closed.
qsizetype stringEnd(QByteArrayView s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// One past the value that starts at `i`; -1 when its brackets do not close.
// Which bracket closes which, and what a scalar holds, is QJsonDocument's to
// check when the span is parsed.
qsizetype valueEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return stringEnd(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = stringEnd(s, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return -1;
    }
    const qsizetype start = i;
    while (i < s.size() && !isSpace(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i > start ? i : -1;
}

} // namespace

std::optional<QList<std::pair<QByteArrayView, JsonSpan>>> topLevelMembers(QByteArrayView json)
{
    QList<std::pair<QByteArrayView, JsonSpan>> members;
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    i = skipSpace(json, i + 1);
    if (i < json.size() && json[i] == '}')
        return skipSpace(json, i + 1) == json.size() ? std::optional(members) : std::nullopt;
    while (i < json.size()) {
        if (json[i] != '"')
            return std::nullopt;
        const qsizetype keyEnd = stringEnd(json, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView key = json.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        const qsizetype begin = skipSpace(json, i + 1);
        const qsizetype end = valueEnd(json, begin);
        if (end < 0)
            return std::nullopt;
        members.append({key, JsonSpan{begin, end}});
        i = skipSpace(json, end);
        if (i < json.size() && json[i] == '}')
            return skipSpace(json, i + 1) == json.size() ? std::optional(members) : std::nullopt;
        if (i >= json.size() || json[i] != ',')
            return std::nullopt;
        i = skipSpace(json, i + 1);
    }
    return std::nullopt;
}

std::optional<QList<JsonSpan>> arrayElements(QByteArrayView json, JsonSpan array)
{
    QList<JsonSpan> elements;
    qsizetype i = array.begin;
    if (i >= array.end || json[i] != '[')
        return std::nullopt;
    i = skipSpace(json, i + 1);
    if (i < array.end && json[i] == ']')
        return i + 1 == array.end ? std::optional(elements) : std::nullopt;
    while (i < array.end) {
        const qsizetype end = valueEnd(json, i);
        if (end < 0 || end > array.end)
            return std::nullopt;
        elements.append(JsonSpan{i, end});
        i = skipSpace(json, end);
        if (i < array.end && json[i] == ']')
            return i + 1 == array.end ? std::optional(elements) : std::nullopt;
        if (i >= array.end || json[i] != ',')
            return std::nullopt;
        i = skipSpace(json, i + 1);
    }
    return std::nullopt;
}

} // namespace ladder
