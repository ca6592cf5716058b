// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDir.h"

#include <QFile>

TempDir::TempDir() = default;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
