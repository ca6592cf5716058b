// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompleteCommand.h"

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "interchange/WinFormat.h"
#include "TerminalText.h"

namespace ladder {

namespace {

const QStringList &databaseKinds()
{
    static const QStringList kinds = {QStringLiteral("skills"), QStringLiteral("levels"), QStringLiteral("frameworks"),
                                      QStringLiteral("goals"), QStringLiteral("tags")};
    return kinds;
}

QStringList staticCandidates(const QString &kind)
{
    if (kind == QLatin1String("formats"))
        return WinFormats::names();
    if (kind == QLatin1String("report-formats"))
        return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")};
    return {};
}

// A candidate on its line: a description holds no tab or newline (the
// shells split on them), and nothing that would steer the terminal.
void print(QTextStream &out, const QString &prefix, const QString &value, const QString &description = {})
{
    if (!value.startsWith(prefix))
        return;
    out << value;
    if (!description.isEmpty())
        out << '\t' << TerminalText::line(description).replace(QLatin1Char('\t'), QLatin1Char(' '));
    out << '\n';
}

} // namespace

CompleteCommand::CompleteCommand()
    : DatabaseCommand(QStringLiteral("__complete"), CompleteCommand::tr("Completion candidates for the shells (internal)."))
{
    m_arguments = {{QStringLiteral("KIND"), CompleteCommand::tr("skills, levels, frameworks, goals, tags, formats or report-formats.")},
                   {QStringLiteral("PREFIX"), CompleteCommand::tr("Only candidates that start with it."), QString(), false}};
}

int CompleteCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QString kind = parser.positionalArguments().first();
    if (!databaseKinds().contains(kind) && staticCandidates(kind).isEmpty())
        return context.usage(tr("__complete: unknown kind '%1'").arg(TerminalText::line(kind)));
    return 0;
}

std::optional<int> CompleteCommand::runElsewhere(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QStringList candidates = staticCandidates(arguments.first());
    if (candidates.isEmpty())
        return std::nullopt;
    for (const QString &candidate : candidates)
        print(context.out(), arguments.value(1), candidate);
    context.out().flush();
    return 0;
}

int CompleteCommand::failToOpen(CommandContext &, const Error &)
{
    return 0;
}

int CompleteCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString &kind = arguments.first();
    const QString prefix = arguments.value(1);
    QTextStream &out = context.out();
    // A file that cannot be read offers nothing, quietly (see the header).
    if (kind == QLatin1String("skills") || kind == QLatin1String("levels")) {
        Result<Framework> active = workspace.frameworks().active();
        if (!active)
            return 0;
        if (kind == QLatin1String("skills")) {
            for (const Skill &skill : std::as_const(active->skills))
                print(out, prefix, skill.slug, skill.name);
        } else {
            for (const Level &level : std::as_const(active->levels))
                print(out, prefix, level.slug, level.name);
        }
    } else if (kind == QLatin1String("frameworks")) {
        Result<QList<Framework>> frameworks = workspace.frameworks().list();
        if (!frameworks)
            return 0;
        for (const Framework &framework : std::as_const(*frameworks))
            print(out, prefix, framework.slug, framework.name);
    } else if (kind == QLatin1String("goals")) {
        Result<QList<Goal>> goals = workspace.goals().list();
        if (!goals)
            return 0;
        for (const Goal &goal : std::as_const(*goals))
            print(out, prefix, QString::number(goal.id), goal.title);
    } else if (kind == QLatin1String("tags")) {
        Result<QStringList> tags = workspace.journal().tags();
        if (!tags)
            return 0;
        for (const QString &tag : std::as_const(*tags))
            print(out, prefix, tag);
    }
    out.flush();
    return 0;
}

} // namespace ladder
