// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "application/Workspace.h"
#include "io/BoundedRead.h"
#include "TerminalText.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ladder {

CommandContext::CommandContext(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

CommandContext::~CommandContext() = default;

void CommandContext::detectTerminal()
{
    outIsTerminal = isatty(STDOUT_FILENO) != 0;
    inIsTerminal = isatty(STDIN_FILENO) != 0;
    errIsTerminal = isatty(STDERR_FILENO) != 0;
    struct stat in = {};
    inIsFolder = fstat(STDIN_FILENO, &in) == 0 && S_ISDIR(in.st_mode);
    color = colorWanted(outIsTerminal);
    winsize size{};
    if (outIsTerminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        terminalWidth = size.ws_col;
    editor = qEnvironmentVariable("VISUAL", qEnvironmentVariable("EDITOR"));
}

bool CommandContext::colorWanted(bool outIsTerminal)
{
    return outIsTerminal && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
}

Result<Workspace *> CommandContext::workspace()
{
    return openWorkspace(&Workspace::open);
}

Result<Workspace *> CommandContext::readOnlyWorkspace()
{
    return openWorkspace(&Workspace::openReadOnly);
}

QString CommandContext::databasePath() const
{
    return dbPath.isEmpty() ? Workspace::defaultPath() : dbPath;
}

Result<Workspace *> CommandContext::openWorkspace(Result<std::unique_ptr<Workspace>> (*open)(const QString &))
{
    if (!m_workspace) {
        const QString path = databasePath();
        if (path.isEmpty())
            return Error(tr("no database: $HOME is not set, so there is no default one; "
                            "give --db PATH or set $LADDER_DB"));
        Result<std::unique_ptr<Workspace>> opened = open(path);
        if (!opened)
            return opened.error();
        m_workspace = std::move(*opened);
    }
    return m_workspace.get();
}

int CommandContext::fail(const Error &error)
{
    // A newline or escape sequence the user typed (or a file held) stays
    // inside its line: only Error::several makes several lines.
    const QStringList problems = error.problems().isEmpty() ? QStringList{error.message()} : error.problems();
    for (const QString &problem : problems)
        m_err << "ladder-cli: error: " << TerminalText::line(problem) << '\n';
    m_err.flush();
    return 1;
}

int CommandContext::usage(const QString &message)
{
    // One line, as for any error: the hint to --help rides along on it.
    m_err << "ladder-cli: usage: " << TerminalText::line(message) << tr(" (see 'ladder-cli --help')") << '\n';
    m_err.flush();
    return 2;
}

QString CommandContext::shown(const QString &data) const
{
    return outIsTerminal ? TerminalText::line(data) : data;
}

QString CommandContext::shownLines(const QString &data) const
{
    return outIsTerminal ? TerminalText::lines(data) : data;
}

Result<QString> CommandContext::readInput()
{
    if (inIsFolder)
        return Error(tr("standard input is a folder, not text; give the text as arguments "
                        "or redirect a file (< FILE)"));
    // Read as bytes, at most what the longest win can be in UTF-8, so that
    // `win add < /dev/zero` stops at once (docs/formats.md, "Size limits").
    // Bytes that are not UTF-8 would silently become U+FFFD in the data.
    if (QIODevice *device = m_in.device()) {
        constexpr qint64 Limit = BoundedRead::WinTextLimit * 4;
        QByteArray bytes;
        for (;;) {
            const QByteArray chunk = device->read(std::min<qint64>(qint64(1) << 20, Limit + 1 - bytes.size()));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
            if (bytes.size() > Limit)
                return Error(tr("standard input holds more than %1 of text, the most a win may be (docs/formats.md)")
                                 .arg(BoundedRead::size(BoundedRead::WinTextLimit)));
        }
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            return Error(tr("standard input is not UTF-8 text; nothing was read from it"));
        if (text.size() > BoundedRead::WinTextLimit)
            return Error(tr("standard input holds more than %1 of text, the most a win may be (docs/formats.md)")
                             .arg(BoundedRead::size(BoundedRead::WinTextLimit)));
        return text;
    }
    return m_in.readAll();
}

QString CommandContext::bold(const QString &text) const
{
    return color ? QStringLiteral("\x1b[1m") + shown(text) + QStringLiteral("\x1b[0m") : shown(text);
}

QString CommandContext::dim(const QString &text) const
{
    return color ? QStringLiteral("\x1b[2m") + shown(text) + QStringLiteral("\x1b[0m") : shown(text);
}

QString CommandContext::accent(const QString &text) const
{
    return color ? QStringLiteral("\x1b[33m") + shown(text) + QStringLiteral("\x1b[0m") : shown(text);
}

QString CommandContext::warn(const QString &text) const
{
    return color ? QStringLiteral("\x1b[31m") + shown(text) + QStringLiteral("\x1b[0m") : shown(text);
}

void CommandContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CommandContext::confirm(const QString &question)
{
    m_err << TerminalText::line(question) << QStringLiteral(" [y/N] ");
    m_err.flush();
    const QString answer = m_in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int CommandContext::needYesWithoutTerminal(const QString &command, bool yes)
{
    if (yes || inIsTerminal)
        return 0;
    return usage(tr("%1 deletes data: pass --yes to do it without a terminal "
                    "(nothing was deleted)")
                     .arg(command));
}

} // namespace ladder
