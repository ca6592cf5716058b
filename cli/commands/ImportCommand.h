// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "interchange/ReadOptions.h"
#include "interchange/WinFormat.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace ladder {

// ladder-cli import FILE: a ladder export merged whole, or the wins of a jrnl
// journal, a CSV sheet or a Markdown brag document added (docs/formats.md).
class ImportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    QByteArray m_data; // the file, read whole before the database is opened
    std::optional<WinFormat> m_format;
    ReadOptions m_readOptions;
};

} // namespace ladder
