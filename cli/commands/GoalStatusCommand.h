#pragma once

#include "Command.h"
#include "domain/Goal.h"

namespace ladder {

// What `goal done` and `goal drop` share: close a goal with one status on a day
// (today unless --date; not before the goal was created, not in the future),
// or open it again with --undo.
class GoalStatusCommand : public Command
{
protected:
    GoalStatusCommand(QString name, QString description, GoalStatus status);
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    GoalStatus m_status;
};

} // namespace ladder
