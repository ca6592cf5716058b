// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/Period.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli readiness [--target LEVEL] [--period P]: how ready you are for a
// level over a review period, per category and skill, on the terminal.
class ReadinessCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessCommand)

public:
    ReadinessCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    Period m_period;
};

} // namespace ladder
