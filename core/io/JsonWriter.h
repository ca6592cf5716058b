// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

namespace ladder {

// A small streaming writer for compact JSON records. Qt's QJsonDocument builds
// a tree of QCborValues first, which at 100,000 wins cost seconds and hundreds
// of MiB (measured in docs/performance.md); the export and `--json` listings
// write straight into one buffer instead. Reading still goes through Qt.
// With an indent it writes what a person edits (`framework export`): one
// member or element a line, `"key": value`, in the order they are written —
// QJsonDocument sorts an object's keys.
class JsonWriter
{
public:
    // Appends to `out`; the text is all there once the writer is gone (or
    // after finish()): while it writes, `out` holds spare room at its end.
    // `indent` spaces a level, or 0 for compact JSON on one line.
    explicit JsonWriter(QByteArray &out, int indent = 0);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;
    void finish();

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);
    // A key that is not ours (a slug, an extension key): escaped as a string.
    JsonWriter &textKey(const QString &name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    JsonWriter &value(const QStringList &texts);
    JsonWriter &value(const QList<qint64> &numbers);
    JsonWriter &date(const QDate &date); // "YYYY-MM-DD", or null when invalid
    // As QDateTime::toString(Qt::ISODateWithMs) writes it ("" when invalid).
    JsonWriter &instant(const QDateTime &time);
    JsonWriter &null();
    // Any parsed JSON (an extension's value): an object's keys in
    // QJsonObject's order, which is sorted.
    JsonWriter &json(const QJsonValue &value);

    template<typename T>
    JsonWriter &field(std::string_view name, const T &v)
    {
        key(name);
        return value(v);
    }

private:
    // Room for `count` more bytes after what was written, as a pointer to
    // write them; written() then says where the text ends. QByteArray's own
    // append costs ~100 instructions a call, which was a third of an export.
    char *grow(qsizetype count);
    void written(const char *end) { m_used = end - m_out.constData(); }
    void put(std::string_view text);
    void separate();
    void newline(int depth);
    void string(const QString &text);

    QByteArray &m_out;
    qsizetype m_used; // bytes of m_out written; the rest is spare room
    bool m_needComma = false;
    int m_indent = 0;
    int m_depth = 0;         // containers open (indented output only)
    bool m_afterKey = false; // a value follows its key on the same line
};

} // namespace ladder
