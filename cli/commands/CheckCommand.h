#pragma once

#include "DatabaseCommand.h"

namespace ladder {

// ladder-cli check: integrity of the database file.
class CheckCommand : public DatabaseCommand
{
public:
    CheckCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
