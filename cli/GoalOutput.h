// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "domain/Win.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ladder {

// The translation context of the text of the functions below.
struct GoalOutput
{
    Q_DECLARE_TR_FUNCTIONS(GoalOutput)
};

class CommandContext;

// How goals look in ladder-cli: the table of `goal list` (a JSON array with
// --json) and the full view of `goal show` with milestones and linked wins.

// "2/3 67%"; "100%" for a done goal without milestones, an em dash for an
// open or dropped one.
QString goalProgressText(const Goal &goal);
// The goal as --json prints it: the export's object plus "overdue".
QJsonObject goalOutputJson(const Goal &goal, const QDate &today);
void printGoalList(CommandContext &context, const QList<Goal> &goals);
void printGoal(CommandContext &context, const Goal &goal, const QList<Win> &wins);

} // namespace ladder
