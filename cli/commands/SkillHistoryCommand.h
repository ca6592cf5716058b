// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli skill history SLUG: every rating of a skill, oldest first, with the change.
class SkillHistoryCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SkillHistoryCommand)

public:
    SkillHistoryCommand();

protected:
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;
};

} // namespace ladder
