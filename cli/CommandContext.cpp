#include "CommandContext.h"

#include "io/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/ioctl.h>
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
    color = outIsTerminal && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
    winsize size{};
    if (outIsTerminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        terminalWidth = size.ws_col;
    editor = qEnvironmentVariable("VISUAL", qEnvironmentVariable("EDITOR"));
}

Result<Workspace *> CommandContext::workspace()
{
    if (!m_workspace) {
        const QString path = dbPath.isEmpty() ? Workspace::defaultPath() : dbPath;
        if (path.isEmpty())
            return Error(QCoreApplication::translate("CommandContext", "no database: $HOME is not set, so there is no default one; "
                                                                      "give --db PATH or set $LADDER_DB"));
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        if (!opened)
            return opened.error();
        m_workspace = std::move(*opened);
    }
    return m_workspace.get();
}

int CommandContext::fail(const Error &error)
{
    const QStringList lines = error.message().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        m_err << "ladder-cli: error: " << line << '\n';
    m_err.flush();
    return 1;
}

int CommandContext::usage(const QString &message)
{
    m_err << "ladder-cli: usage: " << message << '\n'
          << QCoreApplication::translate("CommandContext", "Try 'ladder-cli --help'.") << '\n';
    m_err.flush();
    return 2;
}

QString CommandContext::bold(const QString &text) const
{
    return color ? QStringLiteral("\x1b[1m") + text + QStringLiteral("\x1b[0m") : text;
}

QString CommandContext::dim(const QString &text) const
{
    return color ? QStringLiteral("\x1b[2m") + text + QStringLiteral("\x1b[0m") : text;
}

QString CommandContext::accent(const QString &text) const
{
    return color ? QStringLiteral("\x1b[33m") + text + QStringLiteral("\x1b[0m") : text;
}

QString CommandContext::warn(const QString &text) const
{
    return color ? QStringLiteral("\x1b[31m") + text + QStringLiteral("\x1b[0m") : text;
}

void CommandContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CommandContext::confirm(const QString &question)
{
    m_err << question << QStringLiteral(" [y/N] ");
    m_err.flush();
    const QString answer = m_in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int CommandContext::needYesWithoutTerminal(const QString &command, bool yes)
{
    if (yes || inIsTerminal)
        return 0;
    return usage(QCoreApplication::translate("CommandContext", "%1 deletes data: pass --yes to do it without a terminal "
                                                               "(nothing was deleted)")
                     .arg(command));
}

} // namespace ladder
