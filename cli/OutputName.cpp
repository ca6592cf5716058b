// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputName.h"

#include <QFileInfo>
#include <QHash>

namespace ladder {

QString OutputName::formatOf(const QString &path)
{
    static const QHash<QString, QString> formats = {
        {QStringLiteral("md"), QStringLiteral("md")},           {QStringLiteral("markdown"), QStringLiteral("md")},
        {QStringLiteral("html"), QStringLiteral("html")},       {QStringLiteral("htm"), QStringLiteral("html")},
        {QStringLiteral("pdf"), QStringLiteral("pdf")},         {QStringLiteral("csv"), QStringLiteral("csv")},
        {QStringLiteral("json"), QStringLiteral("json")},       {QStringLiteral("db"), QStringLiteral("database")},
        {QStringLiteral("sqlite"), QStringLiteral("database")}, {QStringLiteral("sqlite3"), QStringLiteral("database")},
    };
    if (path == QLatin1String("-"))
        return {};
    return formats.value(QFileInfo(path).suffix().toLower());
}

Result<void> OutputName::checkJson(const QString &path)
{
    return check(path, QStringLiteral("json"));
}

Result<void> OutputName::check(const QString &path, const QString &format)
{
    const QString named = formatOf(path);
    if (named.isEmpty() || named == format)
        return {};
    const QString what = format == QLatin1String("json") ? QStringLiteral("JSON") : format.toUpper();
    return Error(tr("-o %1: this writes %2, but the name says %3; use a .%4 name").arg(path, what, named, format));
}

} // namespace ladder
