// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/Error.h"

#include <optional>

namespace ladder {

class Workspace;

// A command that works on the database, as KeePassXC's cli/DatabaseCommand:
// the workspace is opened once, here, and the command gets it ready to use;
// it parses, calls the application layer and prints.
class DatabaseCommand : public Command
{
public:
    using Command::Command;

protected:
    // What can be checked without the database (dates, ids, a file to read,
    // --yes without a terminal), before it is opened: a typo must not create
    // one. 0 to go on, else the exit code (after one error line).
    virtual int checkInput(CommandContext &context, const QCommandLineParser &parser);
    // After checkInput, still before the database is opened: the exit code
    // when the command ran whole elsewhere (a PDF report is painted by
    // ladder-cli-report), nothing to go on here.
    virtual std::optional<int> runElsewhere(CommandContext &context, const QCommandLineParser &parser);
    // True for a command that only reads an existing file (shell
    // completion): it is opened read-only and never created.
    virtual bool readsOnly() const { return false; }
    virtual int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) = 0;
    // Reports a workspace that cannot be opened; exit code 1.
    virtual int failToOpen(CommandContext &context, const Error &error);

private:
    int execute(CommandContext &context, const QCommandLineParser &parser) final;
};

} // namespace ladder
