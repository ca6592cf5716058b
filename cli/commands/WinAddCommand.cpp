#include "WinAddCommand.h"

#include "CommandContext.h"
#include "Editor.h"
#include "WinOptions.h"
#include "domain/WinText.h"
#include "application/Frameworks.h"
#include "application/Journal.h"
#include "application/Workspace.h"

#include <QCoreApplication>

#include <optional>

namespace ladder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WinAddCommand", text);
}

} // namespace

WinAddCommand::WinAddCommand()
    : Command(QStringLiteral("win add"), tr("Log a win; prints its id."))
{
    m_options = WinOptions::options();
    m_repeatable = WinOptions::repeatable();
    m_arguments = {{QStringLiteral("TEXT"),
                    tr("The win: a leading 'DATE:' sets the date, @word and #word are tags (and link the skill when word is "
                       "a skill slug). No TEXT: reads standard input, or opens $EDITOR on a terminal."),
                    QStringLiteral("[TEXT…]"), false, true}};
}

int WinAddCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    // With $EDITOR, anything that stops the win being saved keeps what the
    // person wrote.
    std::optional<Editor> editor;
    const auto fail = [&](const Error &error) { return editor ? editor->fail(error) : context.fail(error); };
    if (text.isEmpty()) {
        if (context.inIsTerminal) {
            editor.emplace(context, QStringLiteral("win-new"));
            Result<QString> edited = editor->edit(QString(),
                                                  tr("# Write the win above the scissors line. The first line is its title\n"
                                                     "# (\"yesterday: Led the failover drill @distributed-systems\" sets the date,\n"
                                                     "# a tag and the skill); the lines after it are the body, in Markdown.\n"
                                                     "# An empty text saves nothing.\n"));
            if (!edited)
                return fail(edited.error());
            text = *edited;
        } else {
            Result<QString> input = context.readInput();
            if (!input)
                return context.fail(input.error());
            text = input->trimmed();
        }
        if (text.isEmpty())
            return context.fail(tr("the win is empty; nothing was saved"));
    }

    // Checked before the database is opened: a bad date must not create one.
    if (const WinText checked = WinText::parse(text, context.today, {}); !checked.error.isEmpty())
        return context.fail(checked.error + tr("; nothing was saved"));
    Result<Workspace *> ws = context.workspace();
    if (!ws)
        return fail(ws.error());
    Result<QStringList> known = (*ws)->frameworks().skillSlugs();
    if (!known)
        return fail(known.error());

    const WinText parsed = WinText::parse(text, context.today, *known);
    Win win;
    win.title = parsed.title;
    win.body = parsed.body;
    win.date = parsed.date.isValid() ? parsed.date : context.today;
    win.tags = parsed.tags;
    win.skillSlugs = parsed.skillSlugs;
    if (auto applied = WinOptions::apply(parser, context, *known, win); !applied)
        return fail(applied.error());
    if (win.title.isEmpty())
        return fail(Error(tr("the win has no title (only a date was given); nothing was saved")));

    Result<Win> added = (*ws)->journal().add(win);
    if (!added)
        return fail(added.error());
    if (context.json)
        context.out() << QStringLiteral("{\"id\": %1}").arg(added->id) << '\n';
    else
        context.out() << added->id << '\n';
    context.out().flush();
    return 0;
}

} // namespace ladder
