// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/Framework.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli framework import FILE [--activate] [--level LEVEL] [--replace] [--dry-run]: add a
// framework from a `ladder-framework` file, checked whole first. A new framework
// is not made active unless --activate; one with a slug already present is
// replaced only with --replace.
class FrameworkImportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkImportCommand)

public:
    FrameworkImportCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    QString askLevel(CommandContext &context) const;

    Framework m_framework; // the file, read and checked
};

} // namespace ladder
