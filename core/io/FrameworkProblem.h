// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// One problem of a framework file (docs/formats.md, "Validation"): where it
// is and what is wrong, apart, so that `framework import --json` can list
// them and the text output can make one line of each.
struct FrameworkProblem
{
    // The JSON path, each element named by its slug beside its index
    // (`categories[3] (delivery).skills[0] (on-call).name`); empty for the
    // file as a whole.
    QString path;
    QString message;
    // A syntax error's place (1-based); 0 when the problem has a path.
    int line = 0;
    int column = 0;

    bool operator==(const FrameworkProblem &) const = default;
};

} // namespace ladder
