// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ladder {

struct Category
{
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString name;
    QString description;
    int position = 0;
    QJsonObject extensions; // the file's `x-…` keys, kept as they were
};

} // namespace ladder
