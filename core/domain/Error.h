// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ladder {

// An error that crosses an API boundary as a value. The message is already
// translated and complete: it names what is wrong and where (an argument,
// "file:line", a JSON path), so a caller can print it as one line.
class Error
{
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    {
    }

    // Several problems found at once (a file checked whole), each a complete
    // message of its own; message() joins them with newlines. The CLI prints
    // one line per problem, and a newline inside a problem (user text) stays
    // inside its line: only this list, never the message's text, makes lines.
    static Error several(const QStringList &problems)
    {
        Error error(problems.join(QLatin1Char('\n')));
        error.m_problems = problems;
        return error;
    }

    const QString &message() const { return m_message; }
    // The problems of several(); empty for a single one (the message).
    const QStringList &problems() const { return m_problems; }

    // Prefix the message (each problem) with a place ("import.json:12: ..."), keeping the rest.
    Error at(const QString &where) const
    {
        if (m_problems.isEmpty())
            return Error(where + QStringLiteral(": ") + m_message);
        QStringList placed;
        for (const QString &p : m_problems)
            placed << where + QStringLiteral(": ") + p;
        return several(placed);
    }

private:
    QString m_message;
    QStringList m_problems;
};

} // namespace ladder
