// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/WinFilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace ladder {

class CommandContext;
class Workspace;

// The filters of `win list` and `search` (DESIGN.md): --from --to --on --period
// --skill --tag --goal --starred --limit. Each bad value is an error naming its
// option ("--period 2026-Q5: ...").
class WinFilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(WinFilterOptions)

public:
    static QList<QCommandLineOption> options();
    // Everything but --skill's slug, without the database (a typo must not create one).
    static Result<WinFilter> read(const QCommandLineParser &parser, CommandContext &context);
    // --skill names a skill of the active framework.
    static Result<void> checkSkill(const WinFilter &filter, Workspace &workspace);
};

// Reads "--goal 7" style ids; the error names the option and the text.
Result<qint64> parseId(const QString &option, const QString &text);

} // namespace ladder
