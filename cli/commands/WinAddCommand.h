// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "Editor.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ladder {

// ladder-cli win add [TEXT…]: log a win (inline DATE:, @tag, #tag; $EDITOR with no text).
class WinAddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(WinAddCommand)

public:
    WinAddCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
    int failToOpen(CommandContext &context, const Error &error) override;

private:
    int fail(CommandContext &context, const Error &error);

    QString m_text;                 // what the win says, its date checked
    std::optional<Editor> m_editor; // when the text came from $EDITOR
};

} // namespace ladder
