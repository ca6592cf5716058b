// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinListPrinter.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "domain/IsoTime.h"
#include "io/WinJson.h"
#include "WinFilterOptions.h"
#include "WinOutput.h"

namespace ladder {

int WinListPrinter::print(CommandContext &context, Workspace &workspace, const WinFilter &filter)
{
    if (Result<void> known = WinFilterOptions::checkSkill(filter, workspace); !known)
        return context.fail(known.error());
    WinListPrinter printer(context);
    Result<void> listed = workspace.journal().forEach(filter, [&](const Win &win) { return printer.add(win); });
    if (!listed)
        return context.fail(listed.error());
    printer.finish();
    return 0;
}

WinListPrinter::WinListPrinter(CommandContext &context)
    : m_context(context)
    , m_table({tr("ID"), tr("DATE"), starMark(), tr("TITLE"), tr("SKILLS"), tr("TAGS")})
{
    m_table.setElidedColumn(3);
    m_star = starMark();
    m_table.streamTo(context, MeasuredRows);
}

bool WinListPrinter::add(const Win &w)
{
    if (m_context.json) {
        // One record per line: quick at 100,000 wins, and easy to grep or jq.
        m_context.out() << (m_count == 0 ? "[\n" : ",\n") << QString::fromUtf8(winToJson(w));
    } else {
        // IsoTime: QDate::toString goes through printf, a tenth of a listing's time.
        m_table.addRow({QString::number(w.id), QString::fromLatin1(IsoTime::formatDate(w.date)), w.starred ? m_star : QString(), w.title,
                        w.skillSlugs.join(QStringLiteral(", ")), w.tags.join(QStringLiteral(", "))});
    }
    ++m_count;
    return m_context.out().status() == QTextStream::Ok;
}

void WinListPrinter::finish()
{
    if (m_context.json) {
        m_context.out() << (m_count == 0 ? "[]\n" : "\n]\n");
        m_context.out().flush();
        return;
    }
    if (m_count == 0) {
        m_context.err() << tr("No wins match.") << '\n';
        m_context.err().flush();
        return;
    }
    m_table.finish();
}

} // namespace ladder
