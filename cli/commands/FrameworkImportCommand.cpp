// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkImportCommand.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "io/FrameworkFormat.h"

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
    m_options = {
        {QStringLiteral("activate"),
         tr("Make it the active framework too. Without it, a new framework is only added (switch later "
            "with: ladder-cli framework use SLUG) and a replaced one stays active or not as it was.")},
        {QStringLiteral("level"),
         tr("Your level in this framework (one of its level slugs). With --activate and no --level, "
            "a terminal asks."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("replace"), tr("Replace a framework with the same slug, its UUIDs included (ratings, goals and wins are kept).")},
        {QStringLiteral("dry-run"), tr("Check the file, import nothing.")}};
    m_arguments = {{QStringLiteral("FILE"),
                    tr("A ladder-framework JSON file (docs/formats.md). It is checked whole first: "
                       "each problem is reported on its own line with its place, and nothing is imported.")}};
}

int FrameworkImportCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    // Read and check the whole file before the database is opened.
    Result<Framework> fw = FrameworkFormat::readFile(parser.positionalArguments().first());
    if (!fw)
        return context.fail(fw.error());
    m_framework = std::move(*fw);
    return 0;
}

// Asks on the terminal for the user's level among the framework's levels:
// a number or a slug; an empty answer or the end of input leaves it unset.
QString FrameworkImportCommand::askLevel(CommandContext &context) const
{
    QTextStream &err = context.err();
    err << tr("Your level in '%1':").arg(m_framework.slug) << '\n';
    for (qsizetype i = 0; i < m_framework.levels.size(); ++i) {
        const Level &level = m_framework.levels.at(i);
        err << QStringLiteral("  %1  %2  %3").arg(i + 1).arg(level.slug, context.shown(level.name)) << '\n';
    }
    for (;;) {
        err << tr("Which one (1-%1 or a slug; Enter: set it later)? ").arg(m_framework.levels.size());
        err.flush();
        const QString answer = context.in().readLine().trimmed();
        if (answer.isEmpty())
            return {};
        bool isNumber = false;
        const int number = answer.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= m_framework.levels.size())
            return m_framework.levels.at(number - 1).slug;
        if (m_framework.level(answer))
            return answer;
        err << tr("'%1' is not one of the levels above.").arg(context.shown(answer)) << '\n';
    }
}

int FrameworkImportCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Frameworks::ImportOptions options;
    options.activate = parser.isSet(QStringLiteral("activate"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.level = parser.value(QStringLiteral("level"));
    QTextStream &err = context.err();
    // Activating a framework without a level for it would silently put the
    // user at its lowest rung: a terminal asks, unless one is stored already.
    if (options.activate && options.level.isEmpty() && !options.dryRun && context.inIsTerminal) {
        Result<QString> stored = workspace.frameworks().levelIn(m_framework.slug);
        if (!stored || !m_framework.level(*stored))
            options.level = askLevel(context);
    }
    Result<Frameworks::Outcome> outcome = workspace.frameworks().import(m_framework, options);
    if (!outcome)
        return context.fail(outcome.error());
    if (options.dryRun) {
        err << tr("%1: framework %2 is valid; nothing imported (--dry-run).")
                   .arg(parser.positionalArguments().first(), summary(m_framework))
            << '\n';
    }
    switch (*outcome) {
    case Frameworks::Outcome::Activated:
        if (!options.dryRun)
            err << tr("Framework '%1' was already present; it is now the active one.").arg(m_framework.slug) << '\n';
        break;
    case Frameworks::Outcome::Unchanged:
        if (!options.dryRun)
            err << tr("Framework '%1' is already present as it is in the file; nothing changed.").arg(m_framework.slug) << '\n';
        break;
    case Frameworks::Outcome::OtherUuids:
        err << tr("Framework '%1' is already here with the same content under other UUIDs (the file comes from another "
                  "database, or was made anew); it is kept as it is. Add --replace to take the file's UUIDs.")
                   .arg(m_framework.slug)
            << '\n';
        break;
    case Frameworks::Outcome::Added:
    case Frameworks::Outcome::Replaced: {
        if (options.dryRun)
            break;
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
        break;
    }
    }
    if (!options.dryRun) {
        Result<QString> level = workspace.frameworks().levelIn(m_framework.slug);
        if (!level)
            return context.fail(level.error());
        if (const Level *found = m_framework.level(*level))
            err << tr("Your level in '%1': %2 (%3).").arg(m_framework.slug, context.shown(found->name), found->slug) << '\n';
        else if (options.activate && !m_framework.levels.isEmpty())
            err << tr("Your level in '%1' is not set; its lowest, '%2', stands in until: ladder-cli level set LEVEL")
                       .arg(m_framework.slug, m_framework.levels.first().slug)
                << '\n';
    }
    Result<QList<Frameworks::SharedRatings>> shared = workspace.frameworks().sharedRatings(m_framework);
    if (!shared)
        return context.fail(shared.error());
    for (const Frameworks::SharedRatings &s : std::as_const(*shared))
        err << (s.count == 1
                    ? tr("%1: 1 rating from %2 will count here (ratings are kept by skill slug).").arg(s.skillSlug, s.fromFramework)
                    : tr("%1: %2 ratings from %3 will count here (ratings are kept by skill slug).")
                          .arg(s.skillSlug)
                          .arg(s.count)
                          .arg(s.fromFramework))
            << '\n';
    err.flush();
    return 0;
}

} // namespace ladder
