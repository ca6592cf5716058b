// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitTestRepo.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

GitTestRepo::GitTestRepo(QString path, const QString &email)
    : m_path(std::move(path))
{
    QDir().mkpath(m_path);
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    git({QStringLiteral("config"), QStringLiteral("user.email"), email});
    git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
}

QString GitTestRepo::git(const QStringList &arguments, const QString &when, const QString &email)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Only the repository's own configuration.
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QProcess::nullDevice());
    if (!when.isEmpty()) {
        environment.insert(QStringLiteral("GIT_AUTHOR_DATE"), when);
        environment.insert(QStringLiteral("GIT_COMMITTER_DATE"), when);
    }
    if (!email.isEmpty()) {
        environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), email);
        environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), email.section(QLatin1Char('@'), 0, 0));
    }
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_path);
    process.start(QStringLiteral("git"), arguments);
    const bool finished = process.waitForFinished(60000);
    EXPECT_TRUE(finished && process.exitCode() == 0)
        << "git " << arguments.join(QLatin1Char(' ')).toStdString() << ": " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString GitTestRepo::commit(const QString &message, const QString &when, const QString &email)
{
    QFile file(QDir(m_path).filePath(QStringLiteral("file%1.txt").arg(++m_files)));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(message.toUtf8());
    file.close();
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, when, email);
    return git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

QString GitTestRepo::merge(const QString &branch, const QString &message, const QString &when)
{
    git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), branch, QStringLiteral("-m"), message}, when);
    return git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}
