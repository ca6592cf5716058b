// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TempDir.h"

#include "DatabaseCommand.h"
#include "ReportCommands.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Every command of ladder-cli reaches the file through DatabaseCommand: one
// place opens it, after the command has checked what it can without it.
TEST(DatabaseCommand, EveryCommandIsOnTheSharedBase)
{
    for (const std::unique_ptr<ladder::Command> &command : ladder::allCommands())
        EXPECT_NE(dynamic_cast<ladder::DatabaseCommand *>(command.get()), nullptr) << command->name().toStdString();
}

// What checkInput() refuses never reaches the file: a typo creates no database.
TEST(DatabaseCommand, InputRefusedBeforeOpeningCreatesNoDatabase)
{
    const QList<QStringList> cases = {
        // --skill needs the file, the other filters do not: they are read first.
        {u"win"_s, u"list"_s, u"--skill"_s, u"nope"_s, u"--limit"_s, u"lots"_s},
        {u"search"_s, u"word"_s, u"--skill"_s, u"nope"_s, u"--period"_s, u"2026-Q5"_s},
        {u"win"_s, u"add"_s, u"2026-02-30: a win"_s},
        {u"win"_s, u"rm"_s, u"1"_s},
        {u"goal"_s, u"done"_s, u"first"_s},
        {u"skill"_s, u"rate"_s, u"testing"_s, u"9"_s},
        {u"framework"_s, u"import"_s, u"/nonexistent/fw.json"_s},
        {u"import"_s, u"/nonexistent/x.json"_s},
        {u"readiness"_s, u"--period"_s, u"2026-Q5"_s},
        {u"report"_s, u"readiness"_s, u"-o"_s, u"summary.docx"_s},
    };
    for (const QStringList &arguments : cases) {
        TempDir dir;
        CliRunner cli(dir.file(u"ladder.db"_s));
        const CliResult r = cli.run(arguments);
        EXPECT_NE(r.code, 0) << arguments.join(u' ').toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(cli.dbPath())) << arguments.join(u' ').toStdString();
    }
}

} // namespace
