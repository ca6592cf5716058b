// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

struct Category
{
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString name;
    int position = 0;
};

} // namespace ladder
