// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarvestGrouping.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ladder {

namespace {

// Long enough for any sensible subject, short enough to read in a list.
constexpr qsizetype TitleLength = 200;

const QRegularExpression &pullRequestPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^Merge pull request #(\\d+) from (\\S+)"));
    return pattern;
}

const QRegularExpression &mergeBranchPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^Merge (?:remote-tracking )?branch '([^']+)'(?: of \\S+)?(?: into (\\S+))?"));
    return pattern;
}

const QRegularExpression &ticketPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\b([A-Z][A-Z0-9]+-[0-9]+)\\b"));
    return pattern;
}

// "fix(parser)!: …", "docs: …", "net/ipv4: …": a type or area, an optional
// scope, then the description.
const QRegularExpression &prefixPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][\\w./-]{0,30})(?:\\(([^()]{1,40})\\))?!?:\\s+(\\S.*)$"));
    return pattern;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The subject without its conventional prefix, capitalised.
QString description(const QString &subject)
{
    const QRegularExpressionMatch prefix = prefixPattern().match(subject);
    return capitalized(prefix.hasMatch() ? prefix.captured(3).trimmed() : subject.trimmed());
}

QString shortened(const QString &title)
{
    if (title.size() <= TitleLength)
        return title;
    return title.left(TitleLength - 1).trimmed() + QChar(0x2026);
}

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

QString listItem(const GitCommit &commit)
{
    return QStringLiteral("- %1 (%2)").arg(commit.subject.trimmed(), commit.shortSha());
}

HarvestCandidate mergeCandidate(const GitCommit &commit, const QString &repoName)
{
    HarvestCandidate candidate;
    candidate.date = commit.date;
    candidate.repo = repoName;
    candidate.shas = {commit.sha};
    candidate.body = listItem(commit);
    if (!commit.body.isEmpty())
        candidate.body += QStringLiteral("\n\n") + commit.body;
    if (const QRegularExpressionMatch pr = pullRequestPattern().match(commit.subject); pr.hasMatch()) {
        candidate.kind = HarvestCandidate::Kind::PullRequest;
        candidate.topic = QStringLiteral("#") + pr.captured(1);
        const QString line = firstLine(commit.body);
        candidate.title = line.isEmpty() ? HarvestGrouping::tr("Merged pull request #%1 from %2").arg(pr.captured(1), pr.captured(2))
                                         : HarvestGrouping::tr("Merged pull request #%1: %2").arg(pr.captured(1), line);
    } else {
        candidate.kind = HarvestCandidate::Kind::Merge;
        const QRegularExpressionMatch branch = mergeBranchPattern().match(commit.subject);
        if (branch.hasMatch()) {
            candidate.topic = branch.captured(1);
            candidate.title = branch.captured(2).isEmpty()
                ? HarvestGrouping::tr("Merged branch %1").arg(branch.captured(1))
                : HarvestGrouping::tr("Merged branch %1 into %2").arg(branch.captured(1), branch.captured(2));
        } else {
            candidate.topic = HarvestGrouping::topic(commit.subject);
            candidate.title = description(commit.subject);
        }
    }
    candidate.title = shortened(candidate.title);
    return candidate;
}

} // namespace

QString HarvestGrouping::topic(const QString &subject)
{
    if (const QRegularExpressionMatch ticket = ticketPattern().match(subject); ticket.hasMatch())
        return ticket.captured(1);
    if (const QRegularExpressionMatch prefix = prefixPattern().match(subject); prefix.hasMatch())
        return (prefix.captured(2).isEmpty() ? prefix.captured(1) : prefix.captured(2)).trimmed().toLower();
    static const QRegularExpression notWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = subject.toLower().split(notWord, Qt::SkipEmptyParts);
    return words.mid(0, 2).join(QLatin1Char(' '));
}

QList<HarvestCandidate> HarvestGrouping::group(const QList<GitCommit> &commits, const QString &repoName)
{
    QList<HarvestCandidate> candidates;
    // The commits of each grouped candidate, to write its title and body once
    // the day is complete.
    QList<QList<const GitCommit *>> members;
    QHash<QString, qsizetype> byDayAndTopic;
    for (const GitCommit &commit : commits) {
        if (commit.isMerge() || pullRequestPattern().match(commit.subject).hasMatch()) {
            candidates << mergeCandidate(commit, repoName);
            members.append(QList<const GitCommit *>());
            continue;
        }
        const QString topic = HarvestGrouping::topic(commit.subject);
        const QString key = commit.date.toString(Qt::ISODate) + QLatin1Char('\x1f') + topic;
        auto found = byDayAndTopic.constFind(key);
        if (found == byDayAndTopic.cend()) {
            HarvestCandidate candidate;
            candidate.date = commit.date;
            candidate.repo = repoName;
            candidate.topic = topic;
            found = byDayAndTopic.insert(key, candidates.size());
            candidates << candidate;
            members.append(QList<const GitCommit *>());
        }
        candidates[*found].shas << commit.sha;
        members[*found] << &commit;
    }

    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QList<const GitCommit *> &group = members.at(i);
        if (group.isEmpty())
            continue; // a merge, written already
        HarvestCandidate &candidate = candidates[i];
        QString title = description(group.first()->subject);
        // A ticket or a scope the title does not show says what the
        // commits were about (a bare type such as "fix" says little).
        const bool namedTopic
            = ticketPattern().match(candidate.topic).hasMatch() || !prefixPattern().match(group.first()->subject).captured(2).isEmpty();
        if (namedTopic && !title.contains(candidate.topic, Qt::CaseInsensitive))
            title = candidate.topic + QStringLiteral(": ") + title;
        if (group.size() > 1)
            title = group.size() == 2 ? tr("%1 and 1 more commit").arg(title)
                                      : tr("%1 and %2 more commits").arg(title, QString::number(group.size() - 1));
        candidate.title = shortened(title);
        QStringList items;
        items.reserve(group.size());
        for (const GitCommit *commit : group)
            items << listItem(*commit);
        candidate.body = items.join(QLatin1Char('\n'));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const HarvestCandidate &a, const HarvestCandidate &b) { return a.date < b.date; });
    return candidates;
}

} // namespace ladder
