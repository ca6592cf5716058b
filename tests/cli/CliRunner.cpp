// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "BadInput.h"
#include "TempDir.h"

#include "Cli.h"
#include "CommandContext.h"
#include "ReportCommands.h"

#include <QTextStream>

CliRunner::CliRunner(QString dbPath, QDate today)
    : m_dbPath(std::move(dbPath))
    , m_today(today)
{
}

CliResult CliRunner::run(const QStringList &arguments, const QString &input)
{
    return exec(arguments, input, false, {});
}

CliResult CliRunner::runOnTerminal(const QStringList &arguments, const QString &input, const QString &editor)
{
    return exec(arguments, input, true, editor);
}

CliResult CliRunner::runOnColorTerminal(const QStringList &arguments)
{
    return exec(arguments, {}, true, {}, ladder::CommandContext::colorWanted(true));
}

CliResult CliRunner::exec(const QStringList &arguments, const QString &input, bool terminal, const QString &editor, bool color)
{
    CliResult result;
    QString in = input;
    QTextStream outStream(&result.out);
    QTextStream errStream(&result.err);
    QTextStream inStream(&in);
    ladder::CommandContext context(outStream, errStream, inStream);
    context.dbPath = m_dbPath;
    context.today = m_today;
    context.outIsTerminal = terminal;
    context.inIsTerminal = terminal;
    context.editor = editor;
    context.color = color;
    result.code = ladder::Cli::run(context, arguments, ladder::allCommands());
    outStream.flush();
    errStream.flush();
    return result;
}

void CliRunner::expectRefused(const BadInput &bad, const QString &dir)
{
    ASSERT_TRUE(writeBadInputFiles(bad, dir));
    const QByteArray before = fileBytes(m_dbPath);
    ASSERT_FALSE(before.isEmpty());
    const CliResult r = run(badInputArguments(bad, dir), QString::fromUtf8(bad.input));
    expectRefusedCleanly(bad, dir, BadInputRun{r.code, false, r.out, r.err}, before, fileBytes(m_dbPath));
}
