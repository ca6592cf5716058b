// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QUrl>

namespace ladder {

// The status bar's word on a file just written (an export, a report): where
// it went, with links that open it and its folder (DesktopServices). It
// stays until the next status message replaces it.
class SavedFileNote : public QLabel
{
    Q_OBJECT

public:
    explicit SavedFileNote(QWidget *parent = nullptr);

    // "Exported the wins to ~/wins.md" and the links, for `path`.
    void showFile(const QString &message, const QString &path);
    // The URL the "Open" link opens.
    QUrl fileUrl() const { return m_fileUrl; }
    QUrl folderUrl() const { return m_folderUrl; }

private:
    QUrl m_fileUrl;
    QUrl m_folderUrl;
};

} // namespace ladder
