// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

struct BadInput;

// Runs ladder-cli commands in process (as KeePassXC's TestCli does) against one
// database, with captured output, a fixed "today" and, when asked, a fake terminal.
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    explicit CliRunner(QString dbPath, QDate today = QDate(2026, 11, 22));

    CliResult run(const QStringList &arguments, const QString &input = {});
    // As if typed on a terminal: stdin/stdout are terminals, $EDITOR is `editor`.
    CliResult runOnTerminal(const QStringList &arguments, const QString &input = {}, const QString &editor = {});
    // On a terminal whose colours follow the environment (NO_COLOR, TERM), as
    // the real process decides them.
    CliResult runOnColorTerminal(const QStringList &arguments);

    const QString &dbPath() const { return m_dbPath; }

    // Runs a case of the bad-input catalogue (BadInput.h) with its files made
    // in `dir`, and checks that it was refused cleanly.
    void expectRefused(const BadInput &bad, const QString &dir);

private:
    CliResult exec(const QStringList &arguments, const QString &input, bool terminal, const QString &editor, bool color = false);

    QString m_dbPath;
    QDate m_today;
};
