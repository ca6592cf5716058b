// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummary.h"

namespace ladder {

QString ImportSummary::describe(bool dryRun) const
{
    const QString verb = dryRun ? tr("Would add") : tr("Added");
    if (winsOnly)
        return tr("%1 %2 wins (already present: %3).").arg(verb).arg(winsAdded).arg(winsPresent);
    QString text = tr("%1 %2 wins, %3 goals, %4 assessments (already present: %5 wins, %6 goals, %7 assessments); %8.")
                       .arg(verb)
                       .arg(winsAdded)
                       .arg(goalsAdded)
                       .arg(assessmentsAdded)
                       .arg(winsPresent)
                       .arg(goalsPresent)
                       .arg(assessmentsPresent)
                       .arg(frameworks == 1 ? tr("1 framework added") : tr("%1 frameworks added").arg(frameworks));
    if (!frameworksKept.isEmpty())
        text += QLatin1Char(' ')
            + tr("Kept as they are here, differing from the file's: %1 (`ladder-cli framework import FILE --replace` takes a file's).")
                  .arg(frameworksKept.join(QStringLiteral(", ")));
    return text;
}

} // namespace ladder
