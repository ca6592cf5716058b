#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli import FILE: merge a ladder export (or jrnl / CSV / Markdown) into the database.
class ImportCommand : public Command
{
public:
    ImportCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
