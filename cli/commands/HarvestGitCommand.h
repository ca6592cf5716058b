// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/Period.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ladder {

// ladder-cli harvest git [REPO…]: wins from git history. On a terminal the
// candidates are listed and the user picks; else --all keeps them all and
// --json lists them for a script, keeping none.
class HarvestGitCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(HarvestGitCommand)

public:
    HarvestGitCommand();

    // The candidates an answer such as "1,3-5", "all" or "none" chooses, as
    // indexes from 0, in order; nothing when the answer is not one.
    static std::optional<QList<int>> parseChoice(const QString &answer, int count);

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    QStringList m_repos;
    Period m_period;
};

} // namespace ladder
