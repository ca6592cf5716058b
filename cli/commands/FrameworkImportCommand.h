#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli framework import FILE [--activate] [--replace] [--dry-run]: add a
// framework from a `ladder-framework` file, checked whole first. A new framework
// is not made active unless --activate; one with a slug already present is
// replaced only with --replace.
class FrameworkImportCommand : public Command
{
public:
    FrameworkImportCommand();

protected:
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
