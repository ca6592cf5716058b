// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlWriter.h"

#include "io/JsonWriter.h"
#include "JrnlImpact.h"

#include <QIODevice>

#include <algorithm>

namespace ladder {

namespace {

// Written out whenever this much has gathered: a large export is never
// held whole.
constexpr qsizetype Chunk = 256 << 10;

// One JSON string, escaped as JsonWriter escapes (UTF-8, where Python's
// json.dumps writes \u escapes: the same text to a JSON reader).
void appendString(QByteArray &out, const QString &text)
{
    JsonWriter writer(out);
    writer.value(text);
}

void appendField(QByteArray &out, const char *key, const QString &text, bool last = false)
{
    out += "      \"";
    out += key;
    out += "\": ";
    appendString(out, text);
    out += last ? "\n" : ",\n";
}

} // namespace

JrnlWriter::JrnlWriter(QIODevice &out)
    : m_device(out)
{
    m_out.reserve(Chunk + (64 << 10));
    m_out += "{\n  \"entries\": [";
}

QString JrnlWriter::timeOf(const Win &win)
{
    const QDateTime written = win.createdAt.toLocalTime();
    if (win.createdAt.isValid() && written.date() == win.date)
        return written.time().toString(QStringLiteral("HH:mm"));
    return QStringLiteral("09:00");
}

void JrnlWriter::add(const Win &win)
{
    QStringList tags;
    tags.reserve(win.tags.size() + win.skillSlugs.size());
    for (const QString &tag : win.tags)
        tags << QLatin1Char('@') + tag;
    for (const QString &slug : win.skillSlugs)
        tags << QLatin1Char('@') + slug;
    tags.sort();
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    for (const QString &tag : std::as_const(tags))
        ++m_tagCounts[tag];

    m_out += m_first ? "\n    {\n" : ",\n    {\n";
    m_first = false;
    appendField(m_out, "title", win.title);
    appendField(m_out, "body", JrnlImpact::join(win.body, win.impact));
    appendField(m_out, "date", win.date.toString(Qt::ISODate));
    appendField(m_out, "time", timeOf(win));
    if (tags.isEmpty()) {
        m_out += "      \"tags\": [],\n";
    } else {
        m_out += "      \"tags\": [\n";
        for (qsizetype i = 0; i < tags.size(); ++i) {
            m_out += "        ";
            appendString(m_out, tags.at(i));
            m_out += i + 1 < tags.size() ? ",\n" : "\n";
        }
        m_out += "      ],\n";
    }
    m_out += win.starred ? "      \"starred\": true" : "      \"starred\": false";
    // jrnl writes a uuid for the entries that have one; Ladder's lets a
    // second import of this file into another database find the win again.
    if (!win.uuid.isEmpty()) {
        m_out += ",\n";
        appendField(m_out, "uuid", win.uuid, true);
    } else {
        m_out += "\n";
    }
    m_out += "    }";
    if (m_out.size() >= Chunk)
        flush();
}

Result<void> JrnlWriter::finish()
{
    m_out += m_first ? "],\n" : "\n  ],\n";
    QStringList tags = m_tagCounts.keys();
    tags.sort();
    if (tags.isEmpty()) {
        m_out += "  \"tags\": {}\n";
    } else {
        m_out += "  \"tags\": {\n";
        for (qsizetype i = 0; i < tags.size(); ++i) {
            m_out += "    ";
            appendString(m_out, tags.at(i));
            m_out += ": " + QByteArray::number(m_tagCounts.value(tags.at(i)));
            m_out += i + 1 < tags.size() ? ",\n" : "\n";
        }
        m_out += "  }\n";
    }
    m_out += "}\n";
    if (!flush())
        return Error(m_device.errorString());
    return {};
}

bool JrnlWriter::flush()
{
    if (!m_failed && m_device.write(m_out) != m_out.size())
        m_failed = true;
    m_out.clear();
    return !m_failed;
}

} // namespace ladder
