// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedFileNote.h"

#include "DesktopServices.h"

#include <QFileInfo>

namespace ladder {

SavedFileNote::SavedFileNote(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("savedFileNote"));
    setAccessibleName(tr("Saved file"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [](const QString &link) { DesktopServices::openUrl(QUrl(link)); });
    hide();
}

void SavedFileNote::showFile(const QString &message, const QString &path)
{
    const QFileInfo info(path);
    m_fileUrl = QUrl::fromLocalFile(info.absoluteFilePath());
    m_folderUrl = QUrl::fromLocalFile(info.absolutePath());
    setText(QStringLiteral("%1 &nbsp; <a href=\"%2\">%3</a> · <a href=\"%4\">%5</a>")
                .arg(message.toHtmlEscaped(), m_fileUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open"),
                     m_folderUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Show in folder")));
    setToolTip(info.absoluteFilePath());
    show();
}

} // namespace ladder
