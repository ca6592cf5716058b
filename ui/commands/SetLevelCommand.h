#pragma once

#include "WriteCommand.h"

namespace ladder {

// Sets the user's current level (a setting in the database, shared with the CLI).
class SetLevelCommand : public WriteCommand
{
public:
    SetLevelCommand(Session &session, const QString &fromLevel, const QString &toLevel);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    QString m_from;
    QString m_to;
};

} // namespace ladder
