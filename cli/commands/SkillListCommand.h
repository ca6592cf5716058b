// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli skill list [--level L]: every skill of the active framework with the
// user's rating, what the current and the next (or given) level expect, and the gap.
class SkillListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SkillListCommand)

public:
    SkillListCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
