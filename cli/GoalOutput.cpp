// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalOutput.h"

#include "CommandContext.h"
#include "io/GoalJson.h"
#include "io/WinJson.h"
#include "TextTable.h"

#include <QJsonArray>

namespace ladder {

namespace {

const QString None = QString(QChar(0x2014));
const QString Star = QString(QChar(0x2605));

QString statusWord(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open: return GoalOutput::tr("open");
    case GoalStatus::Done: return GoalOutput::tr("done");
    case GoalStatus::Dropped: return GoalOutput::tr("dropped");
    }
    return GoalOutput::tr("open");
}

TextTable::Style statusStyle(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open: return TextTable::Style::Plain;
    case GoalStatus::Done: return TextTable::Style::Accent;
    case GoalStatus::Dropped: return TextTable::Style::Dim;
    }
    return TextTable::Style::Plain;
}

} // namespace

QString goalProgressText(const Goal &goal)
{
    const int percent = qRound(goal.progress() * 100);
    if (goal.milestones.isEmpty())
        return goal.status == GoalStatus::Done ? QStringLiteral("%1%").arg(percent) : None;
    int done = 0;
    for (const Milestone &m : goal.milestones)
        done += m.isDone() ? 1 : 0;
    return QStringLiteral("%1/%2 %3%").arg(done).arg(goal.milestones.size()).arg(percent);
}

QJsonObject goalOutputJson(const Goal &goal, const QDate &today)
{
    QJsonObject o = goalToJson(goal);
    o.insert(QStringLiteral("overdue"), goal.isOverdue(today));
    return o;
}

void printGoalList(CommandContext &context, const QList<Goal> &goals)
{
    if (context.json) {
        QJsonArray array;
        for (const Goal &g : goals)
            array.append(goalOutputJson(g, context.today));
        context.printJson(array);
        return;
    }
    if (goals.isEmpty()) {
        context.err() << GoalOutput::tr("No goals match.") << '\n';
        context.err().flush();
        return;
    }
    TextTable table({GoalOutput::tr("ID"), GoalOutput::tr("STATUS"), GoalOutput::tr("DUE"), GoalOutput::tr("PROGRESS"),
                     GoalOutput::tr("TITLE"), GoalOutput::tr("SKILLS")});
    table.setElidedColumn(4);
    for (const Goal &g : goals) {
        const bool overdue = g.isOverdue(context.today);
        // "!" marks an overdue goal even where there is no color.
        const QString due = g.due.isValid() ? g.due.toString(Qt::ISODate) + (overdue ? QStringLiteral(" !") : QString()) : None;
        table.addRow(
            {QString::number(g.id), statusWord(g.status), due, goalProgressText(g), g.title, g.skillSlugs.join(QStringLiteral(", "))},
            {TextTable::Style::Plain, statusStyle(g.status),
             overdue               ? TextTable::Style::Warn
                 : g.due.isValid() ? TextTable::Style::Plain
                                   : TextTable::Style::Dim});
    }
    table.print(context);
}

void printGoal(CommandContext &context, const Goal &g, const QList<Win> &wins)
{
    if (context.json) {
        QJsonObject o = goalOutputJson(g, context.today);
        QJsonArray winArray;
        for (const Win &w : wins)
            winArray.append(winToJsonObject(w));
        o.insert(QStringLiteral("wins"), winArray);
        context.printJson(o);
        return;
    }
    QTextStream &out = context.out();
    QStringList head{QStringLiteral("#%1").arg(g.id), statusWord(g.status)};
    if (g.status != GoalStatus::Open && g.closedOn.isValid())
        head.last() += GoalOutput::tr(" on %1").arg(g.closedOn.toString(Qt::ISODate));
    head << GoalOutput::tr("created %1").arg(g.createdOn.toString(Qt::ISODate));
    if (g.due.isValid())
        head << GoalOutput::tr("due %1").arg(g.due.toString(Qt::ISODate));
    out << context.dim(head.join(QStringLiteral("  ")));
    if (g.isOverdue(context.today))
        out << "  " << context.warn(GoalOutput::tr("overdue"));
    out << '\n' << context.bold(g.title) << '\n';
    out << GoalOutput::tr("Progress: ") << goalProgressText(g) << '\n';
    if (!g.skillSlugs.isEmpty())
        out << GoalOutput::tr("Skills: ") << context.shown(g.skillSlugs.join(QStringLiteral(", "))) << '\n';
    if (!g.note.isEmpty())
        out << GoalOutput::tr("Note: ") << context.shownLines(g.note) << '\n';

    out << '\n' << context.bold(GoalOutput::tr("Milestones")) << '\n';
    if (g.milestones.isEmpty())
        out << context.dim(GoalOutput::tr("  none (add one: ladder-cli goal milestone add %1 TEXT)").arg(g.id)) << '\n';
    for (const Milestone &m : g.milestones) {
        QStringList when;
        if (m.due.isValid())
            when << GoalOutput::tr("due %1").arg(m.due.toString(Qt::ISODate));
        if (m.isDone())
            when << GoalOutput::tr("done %1").arg(m.doneOn.toString(Qt::ISODate));
        out << QStringLiteral("  [%1] %2. ").arg(m.isDone() ? QChar(u'x') : QChar(u' ')).arg(m.position) << context.shown(m.text);
        if (!when.isEmpty())
            out << context.dim(QStringLiteral(" (%1)").arg(when.join(QStringLiteral(", "))));
        if (!m.isDone() && g.status == GoalStatus::Open && m.due.isValid() && m.due < context.today)
            out << ' ' << context.warn(GoalOutput::tr("overdue"));
        out << '\n';
    }

    out << '\n' << context.bold(GoalOutput::tr("Wins (%1)").arg(wins.size())) << '\n';
    if (wins.isEmpty())
        out << context.dim(GoalOutput::tr("  none yet (link one: ladder-cli win add TEXT --goal %1)").arg(g.id)) << '\n';
    for (const Win &w : wins) {
        out << QStringLiteral("  #%1  %2  ").arg(w.id).arg(w.date.toString(Qt::ISODate))
            << (w.starred ? Star + QLatin1Char(' ') : QString()) << context.shown(w.title) << '\n';
    }
    out.flush();
}

} // namespace ladder
