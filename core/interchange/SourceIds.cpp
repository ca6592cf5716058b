// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceIds.h"

#include <QCryptographicHash>
#include <QUuid>

namespace ladder {

SourceIds::SourceIds(const QString &prefix)
    : m_prefix(prefix)
{
}

QString SourceIds::next(const QStringList &fields)
{
    // A unit separator cannot occur in the fields joined, so ("a b", "c") and
    // ("a", "b c") hash apart. 20 hex digits (80 bits) are far from a clash
    // in any journal while keeping the id short enough to read in an export.
    const QByteArray joined = fields.join(QChar(0x1f)).toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex().left(20));
    const int seen = ++m_seen[hash];
    QString id = m_prefix + QLatin1Char(':') + hash;
    if (seen > 1)
        id += QLatin1Char('#') + QString::number(seen);
    return id;
}

QString SourceIds::own(const QString &id) const
{
    return m_prefix + QLatin1Char(':') + id;
}

QString SourceIds::uuid(const QString &text)
{
    const QUuid parsed = QUuid::fromString(text.trimmed());
    return parsed.isNull() ? QString() : parsed.toString(QUuid::WithoutBraces);
}

} // namespace ladder
