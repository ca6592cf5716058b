#include "FrameworkImportCommand.h"

#include "CommandContext.h"
#include "io/FrameworkFormat.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FrameworkImportCommand", text);
}

QString summary(const Framework &fw)
{
    return tr("'%1' (levels: %2, categories: %3, skills: %4)").arg(fw.slug).arg(fw.levels.size()).arg(fw.categories.size()).arg(fw.skills.size());
}

} // namespace

FrameworkImportCommand::FrameworkImportCommand()
    : Command(QStringLiteral("framework import"),
              tr("Add a framework from a JSON file; not made active unless --activate."))
{
    m_options = {{QStringLiteral("activate"),
                  tr("Make it the active framework too. Without it, a new framework is only added (switch later "
                     "with: ladder-cli framework use SLUG) and a replaced one stays active or not as it was.")},
                 {QStringLiteral("replace"), tr("Replace a framework with the same slug (ratings, goals and wins are kept).")},
                 {QStringLiteral("dry-run"), tr("Check the file, import nothing.")}};
    m_arguments = {{QStringLiteral("FILE"), tr("A ladder-framework JSON file (docs/formats.md). It is checked whole first: "
                                               "each problem is reported on its own line with its place, and nothing is imported.")}};
}

int FrameworkImportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    // Read and check the whole file before the database is opened.
    Result<Framework> fw = FrameworkFormat::readFile(parser.positionalArguments().first());
    if (!fw)
        return context.fail(fw.error());
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    Result<QList<Framework>> frameworks = (*ws)->frameworks().list();
    if (!frameworks)
        return context.fail(frameworks.error());
    const Framework *existing = nullptr;
    for (const Framework &f : std::as_const(*frameworks)) {
        if (f.slug == fw->slug)
            existing = &f;
    }
    const bool activate = parser.isSet(QStringLiteral("activate"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    // The same framework again (UUIDs aside) is nothing to replace.
    const bool same = existing && FrameworkFormat::toJson(*existing) == FrameworkFormat::toJson(*fw);
    if (existing && !same && !parser.isSet(QStringLiteral("replace")))
        return context.fail(tr("framework '%1' is already in the database with other content; add --replace to replace it "
                               "(ratings, goals and wins are kept)")
                                .arg(fw->slug));
    QTextStream &err = context.err();
    if (dryRun) {
        err << tr("%1: framework %2 is valid; nothing imported (--dry-run).").arg(parser.positionalArguments().first(), summary(*fw)) << '\n';
        err.flush();
        return 0;
    }
    if (same) {
        if (activate && !existing->active) {
            if (auto activated = (*ws)->frameworks().activate(fw->slug); !activated)
                return context.fail(activated.error());
            err << tr("Framework '%1' was already present; it is now the active one.").arg(fw->slug) << '\n';
        } else {
            err << tr("Framework '%1' is already present as it is in the file; nothing changed.").arg(fw->slug) << '\n';
        }
        err.flush();
        return 0;
    }
    if (auto saved = (*ws)->frameworks().save(*fw, activate); !saved)
        return context.fail(saved.error());
    err << (existing ? tr("Replaced framework %1.") : tr("Imported framework %1.")).arg(summary(*fw)) << ' ';
    if (activate || (existing && existing->active))
        err << tr("It is the active framework.");
    else
        err << tr("Switch to it with: ladder-cli framework use %1").arg(fw->slug);
    err << '\n';
    err.flush();
    return 0;
}

} // namespace ladder
