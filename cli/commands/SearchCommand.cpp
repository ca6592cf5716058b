// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchCommand.h"

#include "application/Workspace.h"
#include "CommandContext.h"
#include "domain/SearchQuery.h"
#include "WinFilterOptions.h"
#include "WinListPrinter.h"

namespace ladder {

SearchCommand::SearchCommand()
    : DatabaseCommand(QStringLiteral("search"), SearchCommand::tr("Full-text search of wins (title, body, impact, tags)."))
{
    m_options = WinFilterOptions::options();
    m_arguments = {{QStringLiteral("QUERY"), tr("Words (all must match), \"quoted phrases\", -excluded, prefix*."),
                    QStringLiteral("QUERY…"), true, true}};
}

int SearchCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    // Check the query before opening anything: a typo must not create a database.
    if (Result<QString> checked = SearchQuery::toFts5(query); !checked)
        return context.fail(checked.error());
    Result<WinFilter> filter = WinFilterOptions::read(parser, context);
    if (!filter)
        return context.fail(filter.error());
    filter->query = query;
    m_filter = std::move(*filter);
    return 0;
}

int SearchCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    return WinListPrinter::print(context, workspace, m_filter);
}

} // namespace ladder
