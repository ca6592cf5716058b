// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CommandContext.h"
#include "Commands.h"
#include "DescriptorDevice.h"

#include <QCoreApplication>
#include <QTextStream>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace ladder {

namespace {

// Only a real file path is a database: SQLite would take ":memory:" or a
// "file:" URI (mode=memory, vfs=...) for a database that vanishes or lives
// elsewhere, and an empty path (an unset variable in a script) for a
// temporary one; the default journal must not stand in for it either.
// `source` is "--db" or "$LADDER_DB".
QString databasePathProblem(const QString &path, const QString &source)
{
    if (path.isEmpty())
        return Cli::tr("%1 is empty; give the path of a database file").arg(source);
    if (path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return Cli::tr("%1 %2: only a file path is a database (not :memory: or a file: URI)").arg(source, path);
    return {};
}

} // namespace

QString Cli::usageText(const CommandList &commands)
{
    QString text = tr("Usage: ladder-cli [--db PATH] [--json] [--no-color] COMMAND ...\n\n"
                      "Ladder keeps your career framework, self-assessments, goals and wins journal\n"
                      "in one local SQLite file (--db, else $LADDER_DB, else ~/.local/share/ladder/ladder.db).\n\n"
                      "Commands:\n");
    bool reports = false;
    for (const auto &command : commands) {
        // "__complete" and its kind serve the shells' completion, not people.
        if (command->name().startsWith(QLatin1String("__")))
            continue;
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -26).arg(command->description());
        reports = reports || command->name().startsWith(QLatin1String("report "));
    }
    if (!reports)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QStringLiteral("report readiness|brag"), -26)
                    .arg(tr("Printed summaries: Markdown, HTML or PDF."));
    text += tr("\n'ladder-cli COMMAND --help' describes a command's options.\n");
    return text;
}

int Cli::runProcess(const CommandList &commands)
{
    // Standard output through a device that keeps the errno of a failed write:
    // what was asked for did not reach its reader, so it is no success.
    DescriptorDevice stdoutDevice(STDOUT_FILENO);
    stdoutDevice.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    DescriptorDevice stderrDevice(STDERR_FILENO);
    stderrDevice.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    QTextStream in(stdin);
    CommandContext context(out, err, in);
    context.detectTerminal();
    stdoutDevice.setTerminal(context.outIsTerminal);
    stderrDevice.setTerminal(context.errIsTerminal);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    int code = run(context, arguments, commands);
    out.flush();
    if (stdoutDevice.writeError() != 0 || out.status() != QTextStream::Ok) {
        const int error = stdoutDevice.writeError();
        QString why;
        if (error == ENOSPC)
            why = tr("disk full");
        else if (error == EDQUOT)
            why = tr("disk quota exceeded");
        else if (error == EPIPE)
            why = tr("the reader closed it (broken pipe)");
        else
            why = error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : tr("write failed");
        context.fail(tr("cannot write to standard output: %1; the output is incomplete").arg(why));
        code = code == 0 ? 1 : code;
    }
    err.flush();
    return code;
}

int Cli::run(CommandContext &context, QStringList arguments, const CommandList &commands)
{
    // Global options may stand anywhere before a "--".
    QStringList rest;
    std::optional<QString> db;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            rest += arguments.mid(i);
            break;
        }
        if (a == QLatin1String("--json")) {
            context.json = true;
        } else if (a == QLatin1String("--no-color")) {
            context.color = false;
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (db)
                return context.usage(tr("--db: give it once"));
            if (a == QLatin1String("--db") && i + 1 >= arguments.size())
                return context.usage(tr("--db needs a PATH"));
            db = a == QLatin1String("--db") ? arguments.at(++i) : a.mid(5);
        } else {
            rest << a;
        }
    }
    if (db) {
        if (const QString problem = databasePathProblem(*db, QStringLiteral("--db")); !problem.isEmpty())
            return context.usage(problem);
        context.dbPath = *db;
    } else if (context.dbPath.isEmpty() && qEnvironmentVariableIsSet("LADDER_DB")) {
        const QString fromEnv = qEnvironmentVariable("LADDER_DB");
        if (const QString problem = databasePathProblem(fromEnv, QStringLiteral("$LADDER_DB")); !problem.isEmpty())
            return context.usage(problem);
        context.dbPath = fromEnv;
    }
    if (rest.isEmpty()) {
        context.err() << usageText(commands);
        context.err().flush();
        return 2;
    }
    if (rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h") || rest.first() == QLatin1String("help")) {
        context.out() << usageText(commands);
        context.out().flush();
        return 0;
    }
    if (rest.first() == QLatin1String("--version")) {
        context.out() << "ladder-cli " << QCoreApplication::applicationVersion() << '\n';
        context.out().flush();
        return 0;
    }

    // The longest command name that the leading words spell ("goal milestone add").
    Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const auto &command : commands) {
        const QStringList words = command->name().split(QLatin1Char(' '));
        if (words.size() <= rest.size() && words.size() > bestWords && rest.mid(0, words.size()) == words) {
            best = command.get();
            bestWords = words.size();
        }
    }
    if (!best) {
        QStringList group;
        for (const auto &command : commands) {
            if (command->name().startsWith(rest.first() + QLatin1Char(' ')))
                group << command->name();
        }
        if (!group.isEmpty()) {
            const QString sub = rest.size() > 1 ? tr("unknown command '%1 %2'").arg(rest.at(0), rest.at(1))
                                                : tr("'%1' needs a subcommand").arg(rest.at(0));
            return context.usage(sub + tr(" (one of: %1)").arg(group.join(QStringLiteral(", "))));
        }
        return context.usage(tr("unknown command '%1'").arg(rest.first()));
    }
    return best->run(context, rest.mid(bestWords));
}

} // namespace ladder
