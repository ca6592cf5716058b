// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <memory>

namespace ladder {

class Workspace;

// Everything a command touches of the outside world, so that tests can run
// commands in process with captured output, a fixed "today" and a fake terminal.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(QTextStream &out, QTextStream &err, QTextStream &in);
    ~CommandContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QTextStream &in() { return m_in; }

    bool outIsTerminal = false;
    bool inIsTerminal = false;
    bool errIsTerminal = false;
    bool inIsFolder = false; // standard input is a directory (`win add < /`)
    bool json = false;
    bool color = false; // only on a terminal and never with NO_COLOR
    int terminalWidth = 100;
    QString dbPath; // --db, else $LADDER_DB; empty: the platform location
    // The database a command opens: dbPath, else the platform location
    // (empty when there is none: no $HOME).
    QString databasePath() const;
    QDate today = QDate::currentDate();
    QString editor; // $VISUAL, else $EDITOR

    // Fills the terminal facts from the real process: whether stdin/stdout are
    // terminals, color (never with NO_COLOR or TERM=dumb), width, $VISUAL/$EDITOR.
    void detectTerminal();
    // Whether output styled with ANSI colours: only to a terminal, never with
    // NO_COLOR set to anything (no-color.org) or TERM=dumb.
    static bool colorWanted(bool outIsTerminal);

    // Opens the database on first use (creating it with the built-in framework).
    Result<Workspace *> workspace();
    // Opens the database for reading only (Workspace::openReadOnly): a
    // missing file is an error, never created.
    Result<Workspace *> readOnlyWorkspace();

    // "ladder-cli: error: <what and where>": one line (one per problem of an
    // Error::several), whatever the message quotes; exit code 1.
    int fail(const Error &error);
    int fail(const QString &message) { return fail(Error(message)); }
    // A usage problem (unknown command, missing argument), on one line: exit code 2.
    int usage(const QString &message);

    // Text from the data as it may go to standard output: on a terminal
    // without control characters (TerminalText), elsewhere as it is, so that
    // scripts get what was stored. shownLines() keeps the newlines of a body.
    QString shown(const QString &data) const;
    QString shownLines(const QString &data) const;

    // The whole of standard input as text, for commands that read it; an
    // error when it is a folder or cannot be read.
    Result<QString> readInput();

    // ANSI styling that disappears when color is off; the text is shown() first.
    QString bold(const QString &text) const;
    QString dim(const QString &text) const;
    QString accent(const QString &text) const;
    QString warn(const QString &text) const;

    // Prints a JSON value (object or array) to out, indented, newline-terminated.
    void printJson(const class QJsonValue &value);

    // Asks a yes/no question on the terminal; true only for "y" or "yes".
    bool confirm(const QString &question);
    // A command that deletes data asks on a terminal and, without one, needs
    // --yes (the Unix convention: a piped "y" or "n" is no answer). Before the
    // lookup: 0 to go on, else the exit code, after one line naming `command`.
    int needYesWithoutTerminal(const QString &command, bool yes);

private:
    Result<Workspace *> openWorkspace(Result<std::unique_ptr<Workspace>> (*open)(const QString &));

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace ladder
