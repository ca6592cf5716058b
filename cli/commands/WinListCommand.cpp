// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinListCommand.h"

#include "CommandContext.h"
#include "WinFilterOptions.h"
#include "WinListPrinter.h"

namespace ladder {

WinListCommand::WinListCommand()
    : DatabaseCommand(QStringLiteral("win list"), WinListCommand::tr("List wins, newest first."))
{
    m_options = WinFilterOptions::options();
}

int WinListCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Result<WinFilter> filter = WinFilterOptions::read(parser, context);
    if (!filter)
        return context.fail(filter.error());
    m_filter = std::move(*filter);
    return 0;
}

int WinListCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &)
{
    return WinListPrinter::print(context, workspace, m_filter);
}

} // namespace ladder
