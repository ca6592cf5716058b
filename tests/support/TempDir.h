// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh directory per test, removed afterwards, so no test depends on another's state.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// The bytes of a file, to prove that a failed command changed nothing.
QByteArray fileBytes(const QString &path);
// Writes `bytes` to `path` (an input file a test made); false when it could not.
bool writeBytes(const QString &path, const QByteArray &bytes);
