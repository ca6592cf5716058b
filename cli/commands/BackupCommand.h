#pragma once

#include "DatabaseCommand.h"

namespace ladder {

// ladder-cli backup FILE: a consistent copy of the database, made while others may write.
class BackupCommand : public DatabaseCommand
{
public:
    BackupCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
