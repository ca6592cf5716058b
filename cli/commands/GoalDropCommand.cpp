#include "GoalDropCommand.h"

#include <QCoreApplication>

namespace ladder {

GoalDropCommand::GoalDropCommand()
    : GoalStatusCommand(QStringLiteral("goal drop"), QCoreApplication::translate("GoalDropCommand", "Drop a goal (no longer pursued); it stays in the list."), GoalStatus::Dropped)
{
}

} // namespace ladder
