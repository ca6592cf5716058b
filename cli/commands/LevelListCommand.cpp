#include "LevelListCommand.h"

#include "CommandContext.h"
#include "TextTable.h"
#include "engine/GapAnalysis.h"
#include "engine/LevelLookup.h"
#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LevelListCommand", text);
}

} // namespace

LevelListCommand::LevelListCommand()
    : Command(QStringLiteral("level list"), tr("The levels of the framework, lowest first; * marks yours."))
{
}

int LevelListCommand::execute(CommandContext &context, const QCommandLineParser &)
{
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    Result<Framework> fw = (*ws)->frameworks().active();
    if (!fw)
        return context.fail(fw.error());
    Result<QString> current = (*ws)->ratings().currentLevel();
    if (!current)
        return context.fail(current.error());
    Result<QList<Assessment>> assessments = (*ws)->ratings().all();
    if (!assessments)
        return context.fail(assessments.error());

    QJsonArray array;
    TextTable table({QString(), tr("LEVEL"), tr("NAME"), tr("SKILLS MET"), tr("DESCRIPTION")});
    table.setElidedColumn(4);
    for (const Level &level : LevelLookup::byRank(*fw)) {
        // Goals do not change what is met, so none are passed.
        Result<GapReport> gaps = GapAnalysis::compute(*fw, *assessments, {}, level.slug, context.today);
        if (!gaps)
            return context.fail(gaps.error());
        const int met = int(gaps->skills.size()) - gaps->gapCount;
        const bool isCurrent = level.slug == *current;
        array.append(QJsonObject{{QStringLiteral("rank"), level.rank},
                                 {QStringLiteral("slug"), level.slug},
                                 {QStringLiteral("name"), level.name},
                                 {QStringLiteral("description"), level.description},
                                 {QStringLiteral("current"), isCurrent},
                                 {QStringLiteral("skills"), int(gaps->skills.size())},
                                 {QStringLiteral("skills_met"), met}});
        const TextTable::Style style = isCurrent ? TextTable::Style::Bold : TextTable::Style::Plain;
        table.addRow({isCurrent ? QStringLiteral("*") : QString(), level.slug, level.name,
                      QStringLiteral("%1/%2").arg(met).arg(gaps->skills.size()), level.description},
                     {TextTable::Style::Accent, style, style});
    }
    if (context.json) {
        context.printJson(array);
        return 0;
    }
    table.print(context);
    return 0;
}

} // namespace ladder
