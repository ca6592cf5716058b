#include "Cli.h"

#include "CommandContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
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
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -26).arg(command->description());
        reports = reports || command->name().startsWith(QLatin1String("report "));
    }
    if (!reports)
        text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("report readiness|brag"), -26).arg(tr("Printed summaries: Markdown, HTML or PDF."));
    text += tr("\n'ladder-cli COMMAND --help' describes a command's options.\n");
    return text;
}

int Cli::runProcess(const CommandList &commands)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CommandContext context(out, err, in);
    context.detectTerminal();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = run(context, arguments, commands);
    out.flush();
    err.flush();
    return code;
}

int Cli::run(CommandContext &context, QStringList arguments, const CommandList &commands)
{
    // Global options may stand anywhere before a "--".
    QStringList rest;
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
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return context.usage(tr("--db needs a PATH"));
            context.dbPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            context.dbPath = a.mid(5);
        } else {
            rest << a;
        }
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
