// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkListCommand.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ladder {

FrameworkListCommand::FrameworkListCommand()
    : DatabaseCommand(QStringLiteral("framework list"),
                      FrameworkListCommand::tr("The career frameworks in the database; * marks the active one."))
{
}

int FrameworkListCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    Result<QList<Framework>> frameworks = workspace.frameworks().list();
    if (!frameworks)
        return context.fail(frameworks.error());
    if (context.json) {
        QJsonArray array;
        for (const Framework &fw : std::as_const(*frameworks)) {
            QJsonArray levels;
            for (const Level &l : fw.levels)
                levels.append(l.slug);
            array.append(QJsonObject{{QStringLiteral("slug"), fw.slug},
                                     {QStringLiteral("uuid"), fw.uuid},
                                     {QStringLiteral("name"), fw.name},
                                     {QStringLiteral("description"), fw.description},
                                     {QStringLiteral("active"), fw.active},
                                     {QStringLiteral("levels"), levels},
                                     {QStringLiteral("categories"), int(fw.categories.size())},
                                     {QStringLiteral("skills"), int(fw.skills.size())}});
        }
        context.printJson(array);
        return 0;
    }
    TextTable table({QString(), tr("SLUG"), tr("NAME"), tr("LEVELS"), tr("CATEGORIES"), tr("SKILLS")});
    table.setElidedColumn(2);
    for (const Framework &fw : std::as_const(*frameworks)) {
        const TextTable::Style style = fw.active ? TextTable::Style::Bold : TextTable::Style::Plain;
        table.addRow({fw.active ? QStringLiteral("*") : QString(), fw.slug, fw.name, QString::number(fw.levels.size()),
                      QString::number(fw.categories.size()), QString::number(fw.skills.size())},
                     {TextTable::Style::Accent, style, style});
    }
    table.print(context);
    return 0;
}

} // namespace ladder
