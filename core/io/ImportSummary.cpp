// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummary.h"

namespace ladder {

QString ImportSummary::describe(bool dryRun) const
{
    const QString verb = dryRun ? tr("Would add") : tr("Added");
    if (winsOnly)
        return tr("%1 %2 wins (already present: %3).").arg(verb).arg(winsAdded).arg(winsPresent);
    return tr("%1 %2 wins, %3 goals, %4 assessments (already present: %5 wins, %6 goals, %7 assessments); %8 frameworks.")
        .arg(verb)
        .arg(winsAdded)
        .arg(goalsAdded)
        .arg(assessmentsAdded)
        .arg(winsPresent)
        .arg(goalsPresent)
        .arg(assessmentsPresent)
        .arg(frameworks);
}

} // namespace ladder
