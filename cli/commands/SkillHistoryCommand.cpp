// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillHistoryCommand.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "FrameworkLookup.h"
#include "io/GoalJson.h"
#include "report/ReportText.h"
#include "TextTable.h"

#include <QJsonArray>

namespace ladder {

SkillHistoryCommand::SkillHistoryCommand()
    : DatabaseCommand(QStringLiteral("skill history"), SkillHistoryCommand::tr("Every rating of a skill, oldest first."))
{
    m_arguments = {{QStringLiteral("SLUG"), tr("The skill (see skill list).")}};
}

int SkillHistoryCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QString slug = parser.positionalArguments().first();
    Result<Framework> fw = workspace.frameworks().active();
    if (!fw)
        return context.fail(fw.error());
    Result<QList<Assessment>> history = workspace.ratings().history(slug);
    if (!history)
        return context.fail(history.error());
    // Ratings of a skill that the active framework lacks (made under another
    // framework) are still history; only a slug with neither is a mistake.
    const Skill *skill = fw->skill(slug);
    if (!skill && history->isEmpty()) {
        Result<QStringList> known = workspace.frameworks().skillSlugs();
        if (!known)
            return context.fail(known.error());
        return context.fail(findSkill(*known, slug).error());
    }

    if (context.json) {
        QJsonArray array;
        for (const Assessment &a : std::as_const(*history))
            array.append(assessmentToJson(a, fw->scale));
        context.printJson(array);
        return 0;
    }
    QTextStream &out = context.out();
    if (skill) {
        out << context.bold(skill->name) << context.dim(QStringLiteral(" (%1)").arg(slug)) << '\n';
        Result<QString> current = workspace.ratings().currentLevel();
        if (!current)
            return context.fail(current.error());
        // What the rating is measured against: the current level and the next.
        QStringList expects;
        for (const Level *level : {fw->level(*current), fw->nextLevel(*current)}) {
            if (level)
                expects << tr("%1 expects %2")
                               .arg(level->name,
                                    ReportText::expected(skill->expectedAt(level->slug), skill->appliesAt(level->slug), fw->scale));
        }
        out << context.dim(expects.join(QStringLiteral("; "))) << '\n';
    } else
        out << context.bold(slug) << context.dim(tr(" (not part of framework '%1')").arg(fw->slug)) << '\n';
    out.flush();
    if (history->isEmpty()) {
        context.err() << tr("No ratings of %1 yet (rate it: ladder-cli skill rate %1 %2).").arg(slug, fw->scale.range()) << '\n';
        context.err().flush();
        return 0;
    }
    TextTable table({tr("DATE"), tr("RATING"), tr("CHANGE"), tr("NOTE")});
    table.setElidedColumn(3);
    int previous = -1;
    for (const Assessment &a : std::as_const(*history)) {
        QString change;
        TextTable::Style changeStyle = TextTable::Style::Dim;
        if (previous >= 0) {
            const int delta = a.rating - previous;
            change = delta > 0 ? QStringLiteral("+%1").arg(delta) : delta < 0 ? QString::number(delta) : QStringLiteral("=");
            changeStyle = delta > 0 ? TextTable::Style::Accent : delta < 0 ? TextTable::Style::Warn : TextTable::Style::Dim;
        }
        table.addRow({a.date.toString(Qt::ISODate), ReportText::proficiency(a.rating, fw->scale), change, a.note},
                     {TextTable::Style::Plain, TextTable::Style::Plain, changeStyle});
        previous = a.rating;
    }
    table.print(context);
    return 0;
}

} // namespace ladder
