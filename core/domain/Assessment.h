// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ladder {

// A dated self-rating of one skill. History is kept: a new rating is a new row.
struct Assessment
{
    qint64 id = 0;
    QString uuid;
    QString skillSlug;
    int rating = 0;
    QDate date;
    QString note;
    QDateTime createdAt;
};

} // namespace ladder
