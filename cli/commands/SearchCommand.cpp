#include "SearchCommand.h"

#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinListPrinter.h"
#include "domain/SearchQuery.h"
#include "io/Workspace.h"

#include <QCoreApplication>

namespace ladder {

SearchCommand::SearchCommand()
    : Command(QStringLiteral("search"), QCoreApplication::translate("SearchCommand", "Full-text search of wins (title, body, impact, tags)."))
{
    m_options = WinFilterOptions::options();
    m_arguments = {{QStringLiteral("QUERY"),
                    QCoreApplication::translate("SearchCommand", "Words (all must match), \"quoted phrases\", -excluded, prefix*."),
                    QStringLiteral("QUERY…"), true, true}};
}

int SearchCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    // Check the query before opening anything: a typo must not create a database.
    if (Result<QString> checked = SearchQuery::toFts5(query); !checked)
        return context.fail(checked.error());
    Result<WinFilter> filter = WinFilterOptions::read(parser, context);
    if (!filter)
        return context.fail(filter.error());
    filter->query = query;
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    // Printed as the rows are read: memory stays flat whatever the number of hits.
    WinListPrinter printer(context);
    Result<void> listed = (*ws)->wins().forEach(*filter, [&](const Win &win) { return printer.add(win); });
    if (!listed)
        return context.fail(listed.error());
    printer.finish();
    return 0;
}

} // namespace ladder
