#pragma once

#include "WriteCommand.h"
#include "domain/Win.h"

namespace ladder {

// Changes a win; undo writes back what it was before.
class EditWinCommand : public WriteCommand
{
public:
    EditWinCommand(Session &session, Win before, Win after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Win m_before;
    Win m_after;
};

} // namespace ladder
