// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli __complete KIND [PREFIX]: the candidates a shell completion
// offers (resources/completions), one a line, "value<TAB>description" where
// a description helps. KIND is skills, levels, frameworks, goals, tags,
// formats or report-formats. Hidden from --help; it only reads an existing
// file, and where there is none (or it cannot be read) it prints nothing and
// succeeds: a completion never shows an error or makes a database.
class CompleteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompleteCommand)

public:
    CompleteCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    std::optional<int> runElsewhere(CommandContext &context, const QCommandLineParser &parser) override;
    bool readsOnly() const override { return true; }
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
    int failToOpen(CommandContext &context, const Error &error) override;
};

} // namespace ladder
