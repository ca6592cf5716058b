// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ladder {

// What one level expects of one skill: a proficiency 0-4 and example behaviours
// that a win can point at.
struct Expectation
{
    QString levelSlug;
    int proficiency = 0;
    QStringList behaviours;
};

} // namespace ladder
