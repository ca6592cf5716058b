// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ladder {

// The translation context of the text of the functions below.
struct DateOptions
{
    Q_DECLARE_TR_FUNCTIONS(DateOptions)
};

// Date options of the skill and goal commands ("--due friday", "--date 3 days ago"),
// read as DateExpressions; a bad value is an error naming its option.

// The date of option `name`, or a null date when it is not given.
Result<QDate> readDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today);

// For a due date, which lies ahead: a weekday ("friday", "next fri") is the
// coming one (today included, unless "next"), and "in 3 days", "in 2 weeks",
// "in 1 month", "in 2 years" count forward (within DateExpression's range); anything else reads as in readDateOption. A null
// date when the option is not given.
Result<QDate> readDueDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today);

// For what has happened (a rating, a goal done): `today` when the option is not
// given, and an error for a day after `today`.
Result<QDate> readPastDateOption(const QCommandLineParser &parser, const QString &name, const QDate &today);

} // namespace ladder
