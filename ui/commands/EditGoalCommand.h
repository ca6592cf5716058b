#pragma once

#include "WriteCommand.h"
#include "domain/Goal.h"

namespace ladder {

// Changes a goal's title, note, due date and skills; undo writes back the old ones.
class EditGoalCommand : public WriteCommand
{
public:
    EditGoalCommand(Session &session, Goal before, Goal after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Goal m_before;
    Goal m_after;
};

} // namespace ladder
