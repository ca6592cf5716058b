// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlWriter.h"

#include "io/JsonWriter.h"
#include "JrnlImpact.h"
#include "JrnlTags.h"

#include <QIODevice>

namespace ladder {

namespace {

// Written out whenever this much has gathered: a large export is never
// held whole.
constexpr qsizetype Chunk = 256 << 10;

// One JSON string, escaped as JsonWriter escapes (UTF-8, where Python's
// json.dumps writes \u escapes: the same text to a JSON reader).
QByteArray jsonString(const QString &text)
{
    QByteArray out;
    {
        JsonWriter writer(out);
        writer.value(text);
    }
    return out;
}

void appendField(QByteArray &out, const char *key, const QString &text)
{
    out += QByteArrayLiteral("      \"") + key + "\": " + jsonString(text);
}

// `"key": ` and a list or object (`brackets` "[]" or "{}") of `items`, each
// already JSON, laid out as json.dumps(indent=2) does at `indent` spaces:
// one item a line, or the brackets alone when there is none.
void appendBlock(QByteArray &out, qsizetype indent, const char *key, const char *brackets, const QList<QByteArray> &items)
{
    out += QByteArray(indent, ' ') + '"' + key + "\": " + brackets[0];
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += QByteArray(indent + 2, ' ') + items.at(i);
    }
    if (!items.isEmpty())
        out += '\n' + QByteArray(indent, ' ');
    out += brackets[1];
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
    const QStringList tags = JrnlTags::ofWin(win);
    for (const QString &tag : std::as_const(tags))
        ++m_tagCounts[tag];

    m_out += m_first ? "\n    {\n" : ",\n    {\n";
    m_first = false;
    appendField(m_out, "title", win.title);
    m_out += ",\n";
    appendField(m_out, "body", JrnlImpact::join(win.body, win.impact));
    m_out += ",\n";
    appendField(m_out, "date", win.date.toString(Qt::ISODate));
    m_out += ",\n";
    appendField(m_out, "time", timeOf(win));
    m_out += ",\n";
    QList<QByteArray> items;
    items.reserve(tags.size());
    for (const QString &tag : std::as_const(tags))
        items << jsonString(tag);
    appendBlock(m_out, 6, "tags", "[]", items);
    m_out += win.starred ? ",\n      \"starred\": true" : ",\n      \"starred\": false";
    // jrnl writes a uuid for the entries that have one; Ladder's lets a
    // second import of this file into another database find the win again.
    if (!win.uuid.isEmpty()) {
        m_out += ",\n";
        appendField(m_out, "uuid", win.uuid);
    }
    m_out += "\n    }";
    if (m_out.size() >= Chunk)
        flush();
}

Result<void> JrnlWriter::finish()
{
    m_out += m_first ? "],\n" : "\n  ],\n";
    QStringList tags = m_tagCounts.keys();
    tags.sort();
    QList<QByteArray> counts;
    counts.reserve(tags.size());
    for (const QString &tag : std::as_const(tags))
        counts << jsonString(tag) + ": " + QByteArray::number(m_tagCounts.value(tag));
    appendBlock(m_out, 2, "tags", "{}", counts);
    m_out += "\n}\n";
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
