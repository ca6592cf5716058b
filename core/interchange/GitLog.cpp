// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitLog.h"

#include "domain/PrintableText.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace ladder {

namespace {

// Fields end with US (0x1f), commits with NUL (-z): neither can be part of a
// subject or an e-mail address, and the body, which may hold anything else,
// comes last.
constexpr char FieldEnd = '\x1f';
const QString LogFormat = QStringLiteral("--pretty=tformat:%H%x1f%P%x1f%ae%x1f%an%x1f%ad%x1f%s%x1f%b");

QString program()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

} // namespace

Result<GitLog::Run> GitLog::run(const QStringList &arguments)
{
    const QString git = program();
    if (git.isEmpty())
        return Error(tr("git is not installed (no `git` on PATH); the harvest runs it to read the history"));
    QProcess process;
    // Messages in English, to tell "not a repository" from other failures;
    // no pager and no prompt, whatever the user's configuration says.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(git, arguments);
    if (!process.waitForStarted())
        return Error(tr("git could not be started: %1").arg(process.errorString()));
    process.waitForFinished(-1);
    Run result;
    result.out = process.readAllStandardOutput();
    result.firstErrorLine = QString::fromUtf8(process.readAllStandardError()).section(QLatin1Char('\n'), 0, 0).trimmed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

Result<GitRepository> GitLog::open(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return Error(tr("%1: no such folder").arg(path));
    Result<Run> found = run({QStringLiteral("-C"), path, QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir")});
    if (!found)
        return found.error();
    if (found->exitCode != 0) {
        if (found->firstErrorLine.contains(QLatin1String("not a git repository")) || found->firstErrorLine.isEmpty())
            return Error(tr("%1: not a git repository").arg(path));
        return Error(tr("%1: git says: %2").arg(path, found->firstErrorLine));
    }
    GitRepository repo;
    repo.path = path;
    repo.gitDir = QString::fromUtf8(found->out).trimmed();
    const QFileInfo gitDir(repo.gitDir);
    if (gitDir.fileName() == QLatin1String(".git"))
        repo.name = QFileInfo(gitDir.path()).fileName();
    else
        repo.name = gitDir.fileName().endsWith(QLatin1String(".git")) ? gitDir.fileName().chopped(4) : gitDir.fileName();
    return repo;
}

Result<QList<GitCommit>> GitLog::read(const GitRepository &repo, const QString &authorEmail, const QDate &from, const QDate &to)
{
    QStringList arguments = {QStringLiteral("--git-dir=") + repo.gitDir,
                             QStringLiteral("-c"),
                             QStringLiteral("log.showSignature=false"),
                             QStringLiteral("log"),
                             QStringLiteral("-z"),
                             QStringLiteral("--no-color"),
                             QStringLiteral("--encoding=UTF-8"),
                             QStringLiteral("--date=short"),
                             LogFormat};
    // --since looks at the committer's date, which a rebase moves later but
    // never before the author's: a day's margin for time zones, and the
    // author's day decides below. No --until: a commit authored in the
    // period may have been committed after it.
    if (from.isValid())
        arguments << QStringLiteral("--since=") + from.addDays(-1).toString(Qt::ISODate) + QStringLiteral("T00:00:00");
    arguments << QStringLiteral("HEAD");
    Result<Run> log = run(arguments);
    if (!log)
        return log.error();
    if (log->exitCode != 0) {
        // A new repository: HEAD names no commit yet.
        if (log->firstErrorLine.contains(QLatin1String("does not have any commits"))
            || log->firstErrorLine.contains(QLatin1String("unknown revision")))
            return QList<GitCommit>();
        return Error(tr("%1: git log failed: %2").arg(repo.path, log->firstErrorLine));
    }

    QList<GitCommit> commits;
    const QByteArray &out = log->out;
    qsizetype start = 0;
    while (start < out.size()) {
        qsizetype end = out.indexOf('\0', start);
        if (end < 0)
            end = out.size();
        const QByteArrayView record(out.constData() + start, end - start);
        start = end + 1;
        // Seven fields; the body (the last) keeps any separator it holds.
        QByteArrayView fields[7];
        qsizetype at = 0;
        int n = 0;
        for (; n < 6; ++n) {
            const qsizetype next = record.indexOf(FieldEnd, at);
            if (next < 0)
                break;
            fields[n] = record.sliced(at, next - at);
            at = next + 1;
        }
        if (n < 6)
            continue; // not a record git wrote with this format
        fields[6] = record.sliced(at);
        GitCommit commit;
        commit.authorEmail = QString::fromUtf8(fields[2]);
        if (!authorEmail.isEmpty() && commit.authorEmail.compare(authorEmail, Qt::CaseInsensitive) != 0)
            continue;
        commit.date = QDate::fromString(QString::fromLatin1(fields[4]), Qt::ISODate);
        if ((from.isValid() && commit.date < from) || (to.isValid() && commit.date > to))
            continue;
        commit.sha = QString::fromLatin1(fields[0]);
        commit.parents = QString::fromLatin1(fields[1]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        commit.authorName = QString::fromUtf8(fields[3]);
        // A commit message may hold any byte; what becomes a win's title is
        // made printable here rather than refused (docs/formats.md, "Limits").
        commit.subject = PrintableText::oneLine(QString::fromUtf8(fields[5])).trimmed();
        if (commit.subject.isEmpty()) // git commit --allow-empty-message
            commit.subject = GitLog::tr("Commit %1 (no message)").arg(commit.sha.left(7));
        commit.body = PrintableText::lines(QString::fromUtf8(fields[6])).trimmed();
        commits << std::move(commit);
    }
    // git lists the newest first.
    std::reverse(commits.begin(), commits.end());
    return commits;
}

QString GitLog::userEmail(const QString &path)
{
    Result<Run> config = run({QStringLiteral("-C"), path, QStringLiteral("config"), QStringLiteral("user.email")});
    if (!config || config->exitCode != 0)
        return {};
    return QString::fromUtf8(config->out).trimmed();
}

} // namespace ladder
