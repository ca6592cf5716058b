#pragma once

#include "Command.h"

namespace ladder {

// ladder-cli search QUERY [filters]: full-text search of wins.
class SearchCommand : public Command
{
public:
    SearchCommand();

protected:
    bool dashWordsArePositional() const override { return true; }
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ladder
