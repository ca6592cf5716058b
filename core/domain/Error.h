#pragma once

#include <QString>

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

    const QString &message() const { return m_message; }

    // Prefix the message with a place ("import.json:12: ..."), keeping the rest.
    Error at(const QString &where) const { return Error(where + QStringLiteral(": ") + m_message); }

private:
    QString m_message;
};

} // namespace ladder
