#pragma once

#include "DatabaseCommand.h"
#include "domain/WinFilter.h"

namespace ladder {

// ladder-cli win list [filters]: wins newest first.
class WinListCommand : public DatabaseCommand
{
public:
    WinListCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    WinFilter m_filter;
};

} // namespace ladder
