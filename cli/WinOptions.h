// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Win.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace ladder {

class CommandContext;

// The options `win add` and `win edit` share: --date --impact --body --tag
// --skill --goal --star. apply() writes them onto a win; a bad value is an
// error naming its option.
class WinOptions
{
    Q_DECLARE_TR_FUNCTIONS(WinOptions)

public:
    static QList<QCommandLineOption> options();
    // Those of options() that repeat: --tag, --skill, --goal (Command::m_repeatable).
    static QStringList repeatable();
    static Result<void> apply(const QCommandLineParser &parser, CommandContext &context, const QStringList &knownSkills, Win &win);
};

} // namespace ladder
