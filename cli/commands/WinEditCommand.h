// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli win edit ID [TEXT…]: change a win (options, or $EDITOR).
class WinEditCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(WinEditCommand)

public:
    WinEditCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    qint64 m_id = 0;
};

} // namespace ladder
