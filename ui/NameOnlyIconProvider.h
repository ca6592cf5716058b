// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace ladder {

// Icons and type names for the file dialogs, from file names alone. Qt's own
// provider (and the platform's native dialogs) guess a file's type from its
// content: they open the file and close it again, and closing any descriptor
// of the open database drops the POSIX locks SQLite holds on it for the whole
// process (docs/reliability.md, "The database's files"). Nothing here opens a
// file.
class NameOnlyIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(NameOnlyIconProvider)

public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mimeTypes;
};

} // namespace ladder
