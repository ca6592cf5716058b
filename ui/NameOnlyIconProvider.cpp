// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameOnlyIconProvider.h"

#include <QFileInfo>
#include <QMimeType>

namespace ladder {

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    return QFileIconProvider::icon(type);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return QFileIconProvider::icon(Folder);
    // MatchExtension: the name decides, the content is never read.
    const QMimeType mime = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), QFileIconProvider::icon(File)));
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return tr("Folder");
    if (info.suffix().compare(QLatin1String("db"), Qt::CaseInsensitive) == 0)
        return tr("Database");
    const QMimeType mime = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

} // namespace ladder
