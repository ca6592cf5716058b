// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "interchange/WinFormat.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli export -o FILE: everything in the ladder export format, or the
// wins as a Markdown brag document, CSV or jrnl JSON (docs/formats.md).
class ExportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    WinFormat m_format = WinFormat::Ladder;
};

} // namespace ladder
