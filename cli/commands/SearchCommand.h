// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/WinFilter.h"

#include <QCoreApplication>

namespace ladder {

// ladder-cli search QUERY [filters]: full-text search of wins.
class SearchCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    SearchCommand();

protected:
    bool dashWordsArePositional() const override { return true; }
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    WinFilter m_filter;
};

} // namespace ladder
