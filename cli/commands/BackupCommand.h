#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli backup FILE: a consistent copy of the database, made while others may write.
class BackupCommand : public Command
{
public:
    BackupCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
