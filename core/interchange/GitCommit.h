// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ladder {

// One commit as `git log` tells it (GitLog): what the harvest groups into
// candidate wins.
struct GitCommit
{
    QString sha; // full hash
    QStringList parents;
    QString authorEmail;
    QString authorName;
    QDate date; // the author's day, in the author's own time zone
    QString subject;
    QString body; // the message after the subject line

    bool isMerge() const { return parents.size() > 1; }
    QString shortSha() const { return sha.left(7); }
};

} // namespace ladder
