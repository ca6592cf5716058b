// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// A dated accomplishment in the wins journal.
struct Win
{
    qint64 id = 0;
    QString uuid;
    QDate date;
    QString title;
    QString body; // Markdown
    QString impact;
    QStringList tags;       // lower-case, sorted, unique
    QStringList skillSlugs; // sorted, unique
    QList<qint64> goalIds;  // sorted, unique
    bool starred = false;
    // Where an imported or harvested win came from ("jrnl:…", "git:…"): a
    // second import of the same file finds it and adds nothing. Empty for a
    // win typed in Ladder. See docs/formats.md ("Source ids").
    QString source;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

} // namespace ladder
