// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace ladder {

// ladder-cli skill rate SLUG 0-4 [--note TEXT] [--date D]: a new dated self-rating
// (history is kept: an earlier rating is never overwritten).
class SkillRateCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(SkillRateCommand)

public:
    SkillRateCommand();

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) override;
    int executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser) override;

private:
    QDate m_date;
};

} // namespace ladder
