// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "commands/BackupCommand.h"
#include "commands/CheckCommand.h"
#include "commands/CompleteCommand.h"
#include "commands/ExportCommand.h"
#include "commands/FrameworkExportCommand.h"
#include "commands/FrameworkImportCommand.h"
#include "commands/FrameworkListCommand.h"
#include "commands/FrameworkRemoveCommand.h"
#include "commands/FrameworkShowCommand.h"
#include "commands/FrameworkUseCommand.h"
#include "commands/GapCommand.h"
#include "commands/GoalAddCommand.h"
#include "commands/GoalDoneCommand.h"
#include "commands/GoalDropCommand.h"
#include "commands/GoalEditCommand.h"
#include "commands/GoalListCommand.h"
#include "commands/GoalMilestoneAddCommand.h"
#include "commands/GoalMilestoneDoneCommand.h"
#include "commands/GoalRemoveCommand.h"
#include "commands/GoalShowCommand.h"
#include "commands/HarvestGitCommand.h"
#include "commands/ImportCommand.h"
#include "commands/LevelListCommand.h"
#include "commands/LevelSetCommand.h"
#include "commands/MergeCommand.h"
#include "commands/ReadinessCommand.h"
#include "commands/RoadmapCommand.h"
#include "commands/SearchCommand.h"
#include "commands/SkillHistoryCommand.h"
#include "commands/SkillListCommand.h"
#include "commands/SkillRateCommand.h"
#include "commands/WinAddCommand.h"
#include "commands/WinEditCommand.h"
#include "commands/WinListCommand.h"
#include "commands/WinRemoveCommand.h"
#include "commands/WinShowCommand.h"
#include "report/ReportBragCommand.h"
#include "report/ReportReadinessCommand.h"

namespace ladder {

CommandList coreCommands(const std::shared_ptr<const ReportPdf> &pdf)
{
    CommandList commands;
    commands.push_back(std::make_unique<WinAddCommand>());
    commands.push_back(std::make_unique<WinListCommand>());
    commands.push_back(std::make_unique<WinShowCommand>());
    commands.push_back(std::make_unique<WinEditCommand>());
    commands.push_back(std::make_unique<WinRemoveCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<SkillListCommand>());
    commands.push_back(std::make_unique<SkillRateCommand>());
    commands.push_back(std::make_unique<SkillHistoryCommand>());
    commands.push_back(std::make_unique<LevelListCommand>());
    commands.push_back(std::make_unique<LevelSetCommand>());
    commands.push_back(std::make_unique<GoalAddCommand>());
    commands.push_back(std::make_unique<GoalListCommand>());
    commands.push_back(std::make_unique<GoalShowCommand>());
    commands.push_back(std::make_unique<GoalEditCommand>());
    commands.push_back(std::make_unique<GoalDoneCommand>());
    commands.push_back(std::make_unique<GoalDropCommand>());
    commands.push_back(std::make_unique<GoalRemoveCommand>());
    commands.push_back(std::make_unique<GoalMilestoneAddCommand>());
    commands.push_back(std::make_unique<GoalMilestoneDoneCommand>());
    commands.push_back(std::make_unique<FrameworkListCommand>());
    commands.push_back(std::make_unique<FrameworkShowCommand>());
    commands.push_back(std::make_unique<FrameworkImportCommand>());
    commands.push_back(std::make_unique<FrameworkExportCommand>());
    commands.push_back(std::make_unique<FrameworkUseCommand>());
    commands.push_back(std::make_unique<FrameworkRemoveCommand>());
    commands.push_back(std::make_unique<GapCommand>());
    commands.push_back(std::make_unique<ReadinessCommand>());
    commands.push_back(std::make_unique<RoadmapCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<HarvestGitCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<CompleteCommand>());
    commands.push_back(std::make_unique<ReportReadinessCommand>(pdf));
    commands.push_back(std::make_unique<ReportBragCommand>(pdf));
    return commands;
}

} // namespace ladder
