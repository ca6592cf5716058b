// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinOutput.h"

#include "CommandContext.h"
#include "domain/IsoTime.h"
#include "io/WinJson.h"

namespace ladder {

QString starMark()
{
    return QString(QChar(0x2605));
}

void printWin(CommandContext &context, const Win &w)
{
    if (context.json) {
        context.printJson(winToJsonObject(w));
        return;
    }
    QTextStream &out = context.out();
    out << context.dim(QStringLiteral("#%1  %2").arg(w.id).arg(w.date.toString(Qt::ISODate)))
        << (w.starred ? QStringLiteral("  ") + context.accent(starMark()) : QString()) << '\n';
    out << context.bold(w.title) << '\n';
    if (!w.impact.isEmpty())
        out << WinOutput::tr("Impact: ") << context.shown(w.impact) << '\n';
    if (!w.skillSlugs.isEmpty())
        out << WinOutput::tr("Skills: ") << context.shown(w.skillSlugs.join(QStringLiteral(", "))) << '\n';
    if (!w.tags.isEmpty())
        out << WinOutput::tr("Tags: ") << context.shown(w.tags.join(QStringLiteral(", "))) << '\n';
    if (!w.goalIds.isEmpty()) {
        QStringList ids;
        for (qint64 g : w.goalIds)
            ids << QString::number(g);
        out << WinOutput::tr("Goals: ") << ids.join(QStringLiteral(", ")) << '\n';
    }
    if (!w.body.isEmpty())
        out << '\n' << context.shownLines(w.body) << '\n';
    out.flush();
}

} // namespace ladder
