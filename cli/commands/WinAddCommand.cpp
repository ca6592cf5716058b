// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinAddCommand.h"

#include "application/Frameworks.h"
#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "domain/WinText.h"
#include "Editor.h"
#include "WinOptions.h"

namespace ladder {

WinAddCommand::WinAddCommand()
    : DatabaseCommand(QStringLiteral("win add"), WinAddCommand::tr("Log a win; prints its id."))
{
    m_options = WinOptions::options();
    m_repeatable = WinOptions::repeatable();
    m_arguments = {{QStringLiteral("TEXT"),
                    tr("The win: a leading 'DATE:' sets the date, @word and #word are tags (and link the skill when word is "
                       "a skill slug). No TEXT: reads standard input, or opens $EDITOR on a terminal."),
                    QStringLiteral("[TEXT…]"), false, true}};
}

int WinAddCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    m_editor.reset();
    m_text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (m_text.isEmpty()) {
        if (context.inIsTerminal) {
            m_editor.emplace(context, QStringLiteral("win-new"));
            Result<QString> edited = m_editor->edit(QString(),
                                                    tr("# Write the win above the scissors line. The first line is its title\n"
                                                       "# (\"yesterday: Led the failover drill @distributed-systems\" sets the date,\n"
                                                       "# a tag and the skill); the lines after it are the body, in Markdown.\n"
                                                       "# An empty text saves nothing.\n"));
            if (!edited)
                return m_editor->fail(edited.error());
            m_text = *edited;
        } else {
            Result<QString> input = context.readInput();
            if (!input)
                return context.fail(input.error());
            m_text = input->trimmed();
        }
        if (m_text.isEmpty())
            return context.fail(tr("the win is empty; nothing was saved"));
    }
    // A bad date, or a title of tags only, must not create a database; what
    // was written in $EDITOR is kept.
    if (const WinText checked = WinText::parse(m_text, context.today, {}); !checked.error.isEmpty())
        return fail(context, Error(checked.error + tr("; nothing was saved")));
    return 0;
}

int WinAddCommand::failToOpen(CommandContext &context, const Error &error)
{
    return fail(context, error);
}

int WinAddCommand::fail(CommandContext &context, const Error &error)
{
    // With $EDITOR, anything that stops the win being saved keeps what the
    // person wrote.
    return m_editor ? m_editor->fail(error) : context.fail(error);
}

int WinAddCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<Win> win = workspace.journal().read(m_text, context.today);
    if (!win)
        return fail(context, win.error());
    Result<QStringList> known = workspace.frameworks().skillSlugs();
    if (!known)
        return fail(context, known.error());
    if (auto applied = WinOptions::apply(parser, context, *known, *win); !applied)
        return fail(context, applied.error());

    Result<Win> added = workspace.journal().add(*win);
    if (!added)
        return fail(context, added.error());
    if (context.json)
        context.out() << QStringLiteral("{\"id\": %1}").arg(added->id) << '\n';
    else
        context.out() << added->id << '\n';
    context.out().flush();
    return 0;
}

} // namespace ladder
