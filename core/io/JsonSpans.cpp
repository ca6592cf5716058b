// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSpans.h"

#include "JsonCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <vector>

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
// when it is not closed. A quote closes the string when an even number of
// backslashes precede it; quotes are found with memchr, as most of an export
// is the text inside strings.
qsizetype stringEnd(QByteArrayView s, qsizetype i)
{
    const char *data = s.data();
    for (qsizetype from = i + 1; from < s.size();) {
        const void *found = std::memchr(data + from, '"', std::size_t(s.size() - from));
        if (!found)
            return -1;
        const qsizetype quote = static_cast<const char *>(found) - data;
        qsizetype backslashes = 0;
        while (quote - 1 - backslashes > i && data[quote - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote + 1;
        from = quote + 1;
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

namespace {

// A key as it reads: escapes decoded (rare; through Qt's own parser).
QString keyText(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// One open object or array while the text is scanned.
struct Open
{
    bool object = false;
    bool expectKey = false; // objects: the next string is a key
    qsizetype firstKey = 0; // where its keys (or its parent's next ones) start in the key stack
    qsizetype index = 0;    // arrays: the element being read
};

// The index (into keys[first, end)) of the first key that repeats an earlier
// one, or -1. Few keys are compared pairwise; many are sorted, so an object
// of 100,000 keys costs n log n, not n².
qsizetype repeatedIn(const std::vector<QByteArrayView> &keys, qsizetype first, qsizetype end)
{
    const qsizetype count = end - first;
    if (count < 2)
        return -1;
    bool escaped = false;
    for (qsizetype i = first; i < end && !escaped; ++i)
        escaped = keys[std::size_t(i)].contains('\\');
    if (!escaped && count <= 16) {
        for (qsizetype i = first + 1; i < end; ++i) {
            for (qsizetype j = first; j < i; ++j) {
                if (keys[std::size_t(i)] == keys[std::size_t(j)])
                    return i;
            }
        }
        return -1;
    }
    std::vector<std::pair<QString, qsizetype>> sorted;
    sorted.reserve(std::size_t(count));
    for (qsizetype i = first; i < end; ++i)
        sorted.emplace_back(keyText(keys[std::size_t(i)]), i);
    std::sort(sorted.begin(), sorted.end());
    qsizetype found = -1;
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i].first == sorted[i - 1].first && (found < 0 || sorted[i].second < found))
            found = sorted[i].second;
    }
    return found;
}

} // namespace

std::optional<QString> firstRepeatedKey(QByteArrayView json)
{
    std::vector<Open> open;
    std::vector<QByteArrayView> keys; // the keys of every open object, innermost last
    auto pathTo = [&](qsizetype repeated) {
        QString path;
        for (std::size_t depth = 0; depth < open.size(); ++depth) {
            const Open &o = open[depth];
            if (!o.object) {
                path += QStringLiteral("[%1]").arg(o.index);
                continue;
            }
            // The member being read: the last key of this object, or the repeat.
            const bool innermost = depth + 1 == open.size();
            const qsizetype keyAt = innermost ? repeated : open[depth + 1].firstKey - 1;
            // Text that is no JSON ("{{") can open an object where no key was
            // read: that level has no name (the parser reports the real error).
            if (keyAt < o.firstKey || keyAt >= qsizetype(keys.size()))
                continue;
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += JsonCheck::printable(keyText(keys[std::size_t(keyAt)]));
        }
        return path;
    };
    qsizetype i = 0;
    const qsizetype n = json.size();
    while (i < n) {
        const char c = json[i];
        switch (c) {
        case '{':
            open.push_back(Open{true, true, qsizetype(keys.size()), 0});
            ++i;
            break;
        case '[':
            open.push_back(Open{false, false, qsizetype(keys.size()), 0});
            ++i;
            break;
        case '}':
        case ']': {
            if (open.empty() || open.back().object != (c == '}'))
                return std::nullopt;
            if (open.back().object) {
                const qsizetype repeated = repeatedIn(keys, open.back().firstKey, qsizetype(keys.size()));
                if (repeated >= 0)
                    return pathTo(repeated);
                keys.resize(std::size_t(open.back().firstKey));
            }
            open.pop_back();
            ++i;
            break;
        }
        case ',':
            if (open.empty())
                return std::nullopt;
            if (open.back().object)
                open.back().expectKey = true;
            else
                ++open.back().index;
            ++i;
            break;
        case '"': {
            const qsizetype end = stringEnd(json, i);
            if (end < 0)
                return std::nullopt;
            if (!open.empty() && open.back().object && open.back().expectKey) {
                keys.push_back(json.sliced(i + 1, end - i - 2));
                open.back().expectKey = false;
            }
            i = end;
            break;
        }
        default: ++i; break;
        }
    }
    return std::nullopt;
}

} // namespace ladder
