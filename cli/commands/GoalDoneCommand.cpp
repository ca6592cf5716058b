#include "GoalDoneCommand.h"

#include <QCoreApplication>

namespace ladder {

GoalDoneCommand::GoalDoneCommand()
    : GoalStatusCommand(QStringLiteral("goal done"), QCoreApplication::translate("GoalDoneCommand", "Mark a goal done (reached)."), GoalStatus::Done)
{
}

} // namespace ladder
