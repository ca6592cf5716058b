// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ladder {

// A rung of a framework's ladder. rank orders the levels: 0 is the lowest.
struct Level
{
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString name;
    QString description;
    int rank = 0;
    QJsonObject extensions; // the file's `x-…` keys, kept as they were
};

} // namespace ladder
