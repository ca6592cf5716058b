// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ladder {

// What one level expects of one skill: a proficiency on the framework's scale,
// a summary and example behaviours that a win can point at — or that the skill
// does not apply at that level (a manager track does not carry the pager),
// which readiness then leaves out.
struct Expectation
{
    QString levelSlug;
    bool applicable = true;
    int proficiency = 0; // 0 when not applicable
    QString summary;
    QStringList behaviours;
    QJsonObject extensions; // the file's `x-…` keys, kept as they were
};

} // namespace ladder
