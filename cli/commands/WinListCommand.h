// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/WinFilter.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli win list [filters]: wins newest first.
class WinListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(WinListCommand)

public:
    WinListCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    WinFilter m_filter;
};

} // namespace ladder
