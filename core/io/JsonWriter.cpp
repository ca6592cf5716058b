// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include "domain/IsoTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ladder {

JsonWriter::JsonWriter(QByteArray &out, int indent)
    : m_out(out)
    , m_used(out.size())
    , m_indent(indent)
{
}

JsonWriter::~JsonWriter()
{
    finish();
}

void JsonWriter::finish()
{
    m_out.resize(m_used);
}

char *JsonWriter::grow(qsizetype count)
{
    // Spare room a kilobyte at a time: resizing within the capacity is cheap,
    // and QByteArray grows its capacity geometrically.
    if (m_out.size() - m_used < count)
        m_out.resize(m_used + std::max<qsizetype>(count, 1024));
    char *at = m_out.data() + m_used;
    m_used += count;
    return at;
}

void JsonWriter::put(std::string_view text)
{
    std::memcpy(grow(qsizetype(text.size())), text.data(), text.size());
}

void JsonWriter::separate()
{
    if (m_needComma)
        put(",");
    m_needComma = true;
    if (m_indent == 0)
        return;
    // An element of an array starts a line; a member's value is on its key's.
    if (!m_afterKey && m_depth > 0)
        newline(m_depth);
    m_afterKey = false;
}

void JsonWriter::newline(int depth)
{
    char *p = grow(1 + qsizetype(depth) * m_indent);
    *p = '\n';
    std::memset(p + 1, ' ', std::size_t(depth) * std::size_t(m_indent));
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    put("{");
    m_needComma = false;
    ++m_depth;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    // An empty object stays "{}"; a filled one closes on a line of its own.
    --m_depth;
    if (m_indent != 0 && m_needComma)
        newline(m_depth);
    put("}");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    put("[");
    m_needComma = false;
    ++m_depth;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    --m_depth;
    if (m_indent != 0 && m_needComma)
        newline(m_depth);
    put("]");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::textKey(const QString &name)
{
    if (m_needComma)
        put(",");
    if (m_indent != 0)
        newline(m_depth);
    string(name);
    put(m_indent != 0 ? ": " : ":");
    m_needComma = false;
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::json(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return null();
    case QJsonValue::Bool: return value(v.toBool());
    case QJsonValue::String: return value(v.toString());
    case QJsonValue::Double: {
        // Whole numbers as integers, as QJsonDocument writes them; others
        // in the fewest digits that read back the same.
        const double d = v.toDouble();
        if (std::abs(d) < double(1LL << 53) && d == double(qint64(d)))
            return value(qint64(d));
        separate();
        const QByteArray number = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        put(std::string_view(number.constData(), std::size_t(number.size())));
        return *this;
    }
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &item : v.toArray())
            json(item);
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            textKey(it.key());
            json(it.value());
        }
        return endObject();
    }
    }
    return null();
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    if (m_indent != 0) {
        if (m_needComma)
            put(",");
        newline(m_depth);
        put("\"");
        put(name);
        put("\": ");
        m_needComma = false;
        m_afterKey = true;
        return *this;
    }
    // Keys are ours (ASCII, nothing to escape).
    char *p = grow(qsizetype(name.size()) + 4);
    *p++ = m_needComma ? ',' : '"';
    if (m_needComma)
        *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    written(p);
    m_needComma = false;
    return *this;
}

void JsonWriter::string(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    // UTF-16 to UTF-8 and JSON escapes in one pass: a unit becomes at most six
    // bytes (\u00XX), a surrogate pair four.
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = in + text.size();
    char *out = grow(6 * text.size() + 2);
    *out++ = '"';
    while (in != end) {
        const char16_t u = *in++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"': *out++ = '"'; break;
            case '\\': *out++ = '\\'; break;
            case '\n': *out++ = 'n'; break;
            case '\r': *out++ = 'r'; break;
            case '\t': *out++ = 't'; break;
            case '\b': *out++ = 'b'; break;
            case '\f': *out++ = 'f'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && in != end && QChar::isLowSurrogate(*in)) {
            const char32_t c = QChar::surrogateToUcs4(u, *in++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            *out++ = '?'; // a lone surrogate, as QString::toUtf8() writes it
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    written(out);
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    string(text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    // Magnitude as unsigned: the most negative qint64 has no positive twin.
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0)
        *--p = '-';
    put(std::string_view(p, std::size_t(end - p)));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    put(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &t : texts)
        value(t);
    return endArray();
}

JsonWriter &JsonWriter::value(const QList<qint64> &numbers)
{
    beginArray();
    for (qint64 n : numbers)
        value(n);
    return endArray();
}

JsonWriter &JsonWriter::date(const QDate &d)
{
    if (!d.isValid())
        return null();
    separate();
    char *p = grow(IsoTime::DateSize + 2);
    if (!IsoTime::writeDate(d, p + 1)) {
        m_used -= IsoTime::DateSize + 2;
        string(d.toString(Qt::ISODate));
        return *this;
    }
    p[0] = '"';
    p[IsoTime::DateSize + 1] = '"';
    return *this;
}

JsonWriter &JsonWriter::instant(const QDateTime &t)
{
    if (t.timeSpec() != Qt::UTC || !t.isValid())
        return value(t.toString(Qt::ISODateWithMs));
    separate();
    char *p = grow(IsoTime::UtcSize + 2);
    if (!IsoTime::writeUtc(t, p + 1)) {
        m_used -= IsoTime::UtcSize + 2;
        string(t.toString(Qt::ISODateWithMs));
        return *this;
    }
    p[0] = '"';
    p[IsoTime::UtcSize + 1] = '"';
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    put("null");
    return *this;
}

} // namespace ladder
