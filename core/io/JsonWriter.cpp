#include "JsonWriter.h"

#include "domain/IsoTime.h"

namespace ladder {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), qsizetype(name.size()));
    m_out += "\":";
    m_needComma = false;
    return *this;
}

void JsonWriter::string(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    // Runs of characters that need no escape are copied in one append.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const char c = *p;
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
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
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
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
    m_out += '"';
    m_out += IsoTime::formatDate(d);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::instant(const QDateTime &t)
{
    if (t.timeSpec() != Qt::UTC || !t.isValid())
        return value(t.toString(Qt::ISODateWithMs));
    separate();
    m_out += '"';
    m_out += IsoTime::formatUtc(t);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

} // namespace ladder
