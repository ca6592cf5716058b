// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarvestGitCommand.h"

#include "application/Harvest.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "ReportOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ladder {

namespace {

QJsonObject candidateJson(const HarvestCandidate &candidate)
{
    return QJsonObject{{QStringLiteral("date"), candidate.date.toString(Qt::ISODate)},
                       {QStringLiteral("title"), candidate.title},
                       {QStringLiteral("body"), candidate.body},
                       {QStringLiteral("repo"), candidate.repo},
                       {QStringLiteral("kind"), HarvestCandidate::kindName(candidate.kind)},
                       {QStringLiteral("topic"), candidate.topic},
                       {QStringLiteral("commits"), QJsonArray::fromStringList(candidate.shas)},
                       {QStringLiteral("source"), candidate.source()}};
}

} // namespace

HarvestGitCommand::HarvestGitCommand()
    : DatabaseCommand(QStringLiteral("harvest git"), HarvestGitCommand::tr("Propose wins from git history and keep the ones you choose."))
{
    m_options
        = {{QStringLiteral("author"), tr("Only commits by this e-mail (default: the repository's user.email)."), QStringLiteral("EMAIL")},
           ReportOptions::periodOption(),
           {QStringLiteral("all"), tr("Keep every candidate without asking.")}};
    m_arguments
        = {{QStringLiteral("REPO"), tr("Repositories to read (default: the current folder)."), QStringLiteral("[REPO…]"), false, true}};
}

std::optional<QList<int>> HarvestGitCommand::parseChoice(const QString &answer, int count)
{
    const QString text = answer.trimmed().toLower();
    QList<int> chosen;
    if (text == QLatin1String("all")) {
        for (int i = 0; i < count; ++i)
            chosen << i;
        return chosen;
    }
    if (text == QLatin1String("none"))
        return chosen;
    static const QRegularExpression item(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    QList<bool> taken(count, false);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        if (first < 1 || last > count || first > last)
            return std::nullopt;
        for (int n = first; n <= last; ++n)
            taken[n - 1] = true;
    }
    for (int i = 0; i < count; ++i) {
        if (taken.at(i))
            chosen << i;
    }
    return chosen;
}

int HarvestGitCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all && context.json)
        return context.usage(tr("harvest git: --all saves and --json only lists: give one of them"));
    if (!all && !context.json && !context.inIsTerminal)
        return context.usage(tr("harvest git: no terminal to choose on: pass --all to keep every candidate "
                                "or --json to list them (nothing was saved)"));
    Result<Period> period = ReportOptions::period(parser, context.today);
    if (!period)
        return context.fail(period.error());
    m_period = *period;
    m_repos = parser.positionalArguments();
    if (m_repos.isEmpty())
        m_repos << QStringLiteral(".");
    // Before the database is opened: a mistyped folder must not create one.
    if (auto found = Harvest::checkRepositories(m_repos); !found)
        return context.fail(found.error());
    return 0;
}

int HarvestGitCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<QList<HarvestCandidate>> found = workspace.harvest().candidates(m_repos, parser.value(QStringLiteral("author")), m_period);
    if (!found)
        return context.fail(found.error());
    const QList<HarvestCandidate> &candidates = *found;
    if (context.json) {
        QJsonArray array;
        for (const HarvestCandidate &candidate : candidates)
            array << candidateJson(candidate);
        context.printJson(array);
        return 0;
    }

    QList<HarvestCandidate> chosen;
    if (parser.isSet(QStringLiteral("all"))) {
        chosen = candidates;
    } else if (candidates.isEmpty()) {
        context.err() << tr("No new commits to harvest.") << '\n';
        context.err().flush();
        return 0;
    } else {
        QTextStream &out = context.out();
        const int width = int(QString::number(candidates.size()).size());
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const HarvestCandidate &c = candidates.at(i);
            out << QStringLiteral("%1  ").arg(i + 1, width) << context.dim(c.date.toString(Qt::ISODate)) << "  " << context.shown(c.title)
                << "  "
                << context.dim(c.shas.size() == 1 ? tr("[%1, 1 commit]").arg(c.repo)
                                                  : tr("[%1, %2 commits]").arg(c.repo).arg(c.shas.size()))
                << '\n';
        }
        out.flush();
        std::optional<QList<int>> picked;
        while (!picked) {
            context.err() << tr("Keep which? (e.g. 1,3-5, all, none): ");
            context.err().flush();
            const QString answer = context.in().readLine();
            if (answer.isNull()) { // end of input: keep none
                context.err() << '\n';
                picked = QList<int>();
                break;
            }
            picked = parseChoice(answer, int(candidates.size()));
            if (!picked)
                context.err() << tr("Answer with numbers from 1 to %1 (1,3-5), all or none.").arg(candidates.size()) << '\n';
        }
        for (int i : std::as_const(*picked))
            chosen << candidates.at(i);
    }

    HarvestSummary summary;
    if (!chosen.isEmpty()) {
        Result<HarvestSummary> saved = workspace.harvest().save(chosen);
        if (!saved)
            return context.fail(saved.error());
        summary = *saved;
    }
    const QString wins = summary.winsAdded == 1 ? tr("1 win") : tr("%1 wins").arg(summary.winsAdded);
    const QString commits = summary.commits == 1 ? tr("1 commit") : tr("%1 commits").arg(summary.commits);
    context.err() << tr("Added %1 from %2.").arg(wins, commits) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
