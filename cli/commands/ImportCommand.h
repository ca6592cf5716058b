// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ladder {

// ladder-cli import FILE: merge a ladder export (or jrnl / CSV / Markdown) into the database.
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
};

} // namespace ladder
