// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkImportCommand.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "io/FrameworkFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ladder {

namespace {

QString summary(const Framework &fw)
{
    return FrameworkImportCommand::tr("'%1' (levels: %2, categories: %3, skills: %4)")
        .arg(fw.slug)
        .arg(fw.levels.size())
        .arg(fw.categories.size())
        .arg(fw.skills.size());
}

} // namespace

FrameworkImportCommand::FrameworkImportCommand()
    : DatabaseCommand(QStringLiteral("framework import"),
                      FrameworkImportCommand::tr("Add a framework from a JSON file; not made active unless --activate."))
{
    m_options = {{QStringLiteral("activate"),
                  tr("Make it the active framework too. Without it, a new framework is only added (switch later "
                     "with: ladder-cli framework use SLUG) and a replaced one stays active or not as it was.")},
                 {QStringLiteral("replace"), tr("Replace a framework with the same slug (ratings, goals and wins are kept).")},
                 {QStringLiteral("dry-run"), tr("Check the file, import nothing.")}};
    m_arguments = {{QStringLiteral("FILE"),
                    tr("A ladder-framework JSON file (docs/formats.md). It is checked whole first: "
                       "each problem is reported on its own line with its place, and nothing is imported. "
                       "With --json the problems are printed on standard output as "
                       "{\"file\", \"problems\": [{\"path\", \"message\"}]}.")}};
}

int FrameworkImportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    // Read and check the whole file before the database is opened.
    const QString file = parser.positionalArguments().first();
    if (context.json) {
        // The problems as data, for an editor or a script to point at:
        // {"file", "problems": [{"path", "message"}]} (docs/formats.md).
        const QList<FrameworkProblem> problems = FrameworkFormat::checkFile(file, &m_framework);
        if (problems.isEmpty())
            return 0;
        QJsonArray list;
        for (const FrameworkProblem &p : problems) {
            QJsonObject o{{QStringLiteral("path"), p.path}, {QStringLiteral("message"), p.message}};
            if (p.line > 0) {
                o.insert(QStringLiteral("line"), p.line);
                o.insert(QStringLiteral("column"), p.column);
            }
            list.append(o);
        }
        context.printJson(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("problems"), list}});
        return 1;
    }
    Result<Framework> fw = FrameworkFormat::readFile(file);
    if (!fw)
        return context.fail(fw.error());
    m_framework = std::move(*fw);
    return 0;
}

int FrameworkImportCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Frameworks::ImportOptions options;
    options.activate = parser.isSet(QStringLiteral("activate"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    Result<Frameworks::Outcome> outcome = workspace.frameworks().import(m_framework, options);
    if (!outcome)
        return context.fail(outcome.error());
    QTextStream &err = context.err();
    if (options.dryRun) {
        err << tr("%1: framework %2 is valid; nothing imported (--dry-run).")
                   .arg(parser.positionalArguments().first(), summary(m_framework))
            << '\n';
        err.flush();
        return 0;
    }
    switch (*outcome) {
    case Frameworks::Outcome::Activated:
        err << tr("Framework '%1' was already present; it is now the active one.").arg(m_framework.slug) << '\n';
        err.flush();
        return 0;
    case Frameworks::Outcome::Unchanged:
        err << tr("Framework '%1' is already present as it is in the file; nothing changed.").arg(m_framework.slug) << '\n';
        err.flush();
        return 0;
    case Frameworks::Outcome::Added:
    case Frameworks::Outcome::Replaced: break;
    }
    // A replaced framework stays active or not as it was.
    Result<Framework> active = workspace.frameworks().active();
    if (!active)
        return context.fail(active.error());
    err << (*outcome == Frameworks::Outcome::Replaced ? tr("Replaced framework %1.") : tr("Imported framework %1."))
               .arg(summary(m_framework))
        << ' ';
    if (active->slug == m_framework.slug)
        err << tr("It is the active framework.");
    else
        err << tr("Switch to it with: ladder-cli framework use %1").arg(m_framework.slug);
    err << '\n';
    err.flush();
    return 0;
}

} // namespace ladder
