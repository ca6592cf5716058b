// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A git repository a test makes with the `git` program, commit by commit,
// with the dates and authors it chooses; nothing from the user's own git
// configuration leaks in.
class GitTestRepo
{
public:
    // `git init` in `path` (created when missing), on branch main, with
    // user.email `email` in the repository's configuration.
    explicit GitTestRepo(QString path, const QString &email = QStringLiteral("ada@example.com"));

    const QString &path() const { return m_path; }

    // A commit touching one file, authored and committed at `when`
    // ("2026-03-04T10:00:00+01:00") by `email`; returns its full sha.
    QString commit(const QString &message, const QString &when, const QString &email = QStringLiteral("ada@example.com"));
    // `git merge --no-ff branch -m message` at `when`; returns the merge's sha.
    QString merge(const QString &branch, const QString &message, const QString &when);
    // Runs git with `arguments` in the repository; stdout, trimmed. Fails
    // the test when git does.
    QString git(const QStringList &arguments, const QString &when = {}, const QString &email = {});

private:
    QString m_path;
    int m_files = 0;
};
