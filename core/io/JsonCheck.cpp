// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonCheck.h"

#include "domain/PrintableText.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace ladder {

namespace {

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString JsonCheck::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QLatin1Char('\'') + printable(v.toString()) + QLatin1Char('\'');
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

QString JsonCheck::printable(const QString &text, qsizetype most)
{
    QString out;
    out.reserve(std::min(text.size(), most) + 8);
    qsizetype shown = 0;
    for (const QChar ch : text) {
        if (shown == most) {
            out += QChar(0x2026);
            break;
        }
        const char16_t c = ch.unicode();
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (PrintableText::isControl(c))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
        ++shown;
    }
    return out;
}

QString JsonCheck::path(const QString &where, QLatin1StringView key)
{
    return key.isEmpty() ? where : where + QLatin1Char('.') + key;
}

QString JsonCheck::path(const QString &where, const QString &key)
{
    return key.isEmpty() ? where : where + QLatin1Char('.') + printable(key);
}

QString JsonCheck::notOneLine(const QString &text)
{
    return PrintableText::notOneLine(text);
}

bool JsonCheck::isSlug(const QString &text)
{
    // ^[a-z0-9]+(-[a-z0-9]+)*$ without a regular expression: this runs for
    // every skill of every win of an import.
    if (text.isEmpty())
        return false;
    bool afterDash = true;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'-') {
            if (afterDash)
                return false;
            afterDash = true;
        } else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            afterDash = false;
        } else {
            return false;
        }
    }
    return !afterDash;
}

Result<bool> JsonCheck::boolean(const QJsonValue &v, const QString &where, QLatin1StringView key)
{
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return Error(tr("%1: must be true or false, not %2").arg(path(where, key), describe(v)));
    return v.toBool();
}

Result<QString> JsonCheck::text(const QJsonValue &v, const QString &where, QLatin1StringView key, Lines lines, qsizetype most,
                                bool required)
{
    if (v.isUndefined() && !required)
        return QStringLiteral("");
    if (v.isUndefined())
        return Error(tr("%1: missing").arg(path(where, key)));
    if (!v.isString())
        return Error(tr("%1: must be a text, not %2").arg(path(where, key), describe(v)));
    QString text = v.toString();
    if (required && text.trimmed().isEmpty())
        return Error(tr("%1: missing or empty").arg(path(where, key)));
    if (text.size() > most)
        return Error(tr("%1: must be at most %2 characters, not %3").arg(path(where, key)).arg(most).arg(text.size()));
    if (lines == Lines::One) {
        if (const QString why = notOneLine(text); !why.isEmpty())
            return Error(QStringLiteral("%1: %2").arg(path(where, key), why));
    }
    return text;
}

Result<QStringList> JsonCheck::texts(const QJsonValue &v, const QString &where, QLatin1StringView key, qsizetype most, qsizetype longest,
                                     bool slugs)
{
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray())
        return Error(tr("%1: must be a list of texts, not %2").arg(path(where, key), describe(v)));
    const QJsonArray array = v.toArray();
    if (array.size() > most)
        return Error(tr("%1: must hold at most %2 entries, not %3").arg(path(where, key)).arg(most).arg(array.size()));
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        // The place is only written out for an error: this runs for every
        // win of an import.
        auto at = [&]() { return path(where, key) + QStringLiteral("[%1]").arg(i); };
        // toString() makes a new QString each time: once per item.
        const QString text = item.toString();
        if (slugs) {
            if (!item.isString() || !isSlug(text))
                return slug(item, at(), {}, true).error();
            out << text;
            continue;
        }
        if (!item.isString() || text.trimmed().isEmpty())
            return Error(tr("%1: must be a non-empty text, not %2").arg(at(), describe(item)));
        if (text.size() > longest)
            return Error(tr("%1: must be at most %2 characters, not %3").arg(at()).arg(longest).arg(text.size()));
        if (const QString why = notOneLine(text); !why.isEmpty())
            return Error(QStringLiteral("%1: %2").arg(at(), why));
        out << text;
    }
    if (slugs && out.size() > 1) {
        // A slug twice would be two links to one skill: refused, at the
        // second. Short lists (every real one) are compared pairwise.
        qsizetype repeated = -1;
        if (out.size() <= 8) {
            for (qsizetype i = 1; i < out.size() && repeated < 0; ++i) {
                if (out.indexOf(out.at(i)) < i)
                    repeated = i;
            }
        } else {
            QSet<QString> seen;
            for (qsizetype i = 0; i < out.size() && repeated < 0; ++i) {
                if (seen.contains(out.at(i)))
                    repeated = i;
                seen.insert(out.at(i));
            }
        }
        if (repeated >= 0)
            return Error(tr("%1[%2]: '%3' is listed twice").arg(path(where, key)).arg(repeated).arg(out.at(repeated)));
    }
    return out;
}

Result<qint64> JsonCheck::wholeNumber(const QJsonValue &v, const QString &where, QLatin1StringView key, qint64 least, qint64 most)
{
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble();
    // Whole before in range, and in range before the cast: a double past
    // qint64 does not convert.
    if (!v.isDouble() || std::trunc(d) != d)
        return Error(tr("%1: must be a whole number, not %2").arg(path(where, key), describe(v)));
    if (d < double(least) || d > double(most))
        return Error(tr("%1: %2 is outside %3-%4").arg(path(where, key), describe(v)).arg(least).arg(most));
    return qint64(d);
}

Result<QString> JsonCheck::uuid(const QJsonValue &v, const QString &where, QLatin1StringView key)
{
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return Error(tr("%1: must be a UUID text, not %2").arg(path(where, key), describe(v)));
    const QString text = v.toString();
    bool ok = text.size() == 36;
    bool upper = false;
    for (qsizetype i = 0; ok && i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == u'-' : isHex(c);
        upper = upper || (c >= u'A' && c <= u'F');
    }
    if (!ok)
        return Error(tr("%1: %2 is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301)")
                         .arg(path(where, key), describe(v)));
    return upper ? text.toLower() : text;
}

Result<QString> JsonCheck::slug(const QJsonValue &v, const QString &where, QLatin1StringView key, bool required)
{
    if (v.isUndefined() && !required)
        return QString();
    if (v.isUndefined())
        return Error(tr("%1: missing").arg(path(where, key)));
    if (!v.isString() || !isSlug(v.toString()))
        return Error(tr("%1: %2 is not a slug (lower-case letters, digits and single dashes, e.g. system-design)")
                         .arg(path(where, key), describe(v)));
    return v.toString();
}

} // namespace ladder
