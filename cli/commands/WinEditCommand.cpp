// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinEditCommand.h"

#include "application/Frameworks.h"
#include "application/Journal.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "domain/WinText.h"
#include "Editor.h"
#include "WinFilterOptions.h"
#include "WinOptions.h"

#include <optional>

namespace ladder {

WinEditCommand::WinEditCommand()
    : DatabaseCommand(QStringLiteral("win edit"), WinEditCommand::tr("Change a win: the options given, or all of it in $EDITOR."))
{
    m_options = WinOptions::options();
    m_options << QCommandLineOption(QStringLiteral("unstar"), tr("Remove the star."))
              << QCommandLineOption(QStringLiteral("remove-tag"), tr("Remove tag T."), QStringLiteral("T"))
              << QCommandLineOption(QStringLiteral("remove-skill"), tr("Unlink skill SLUG."), QStringLiteral("SLUG"))
              << QCommandLineOption(QStringLiteral("remove-goal"), tr("Unlink goal ID."), QStringLiteral("ID"));
    m_repeatable = WinOptions::repeatable()
        + QStringList{QStringLiteral("remove-tag"), QStringLiteral("remove-skill"), QStringLiteral("remove-goal")};
    m_arguments = {
        {QStringLiteral("ID"), tr("The win's id.")},
        {QStringLiteral("TEXT"), tr("A new title (with the same DATE:, @tag syntax as win add)."), QStringLiteral("[TEXT…]"), false, true}};
}

int WinEditCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    Result<qint64> id = parseId(QStringLiteral("win edit"), parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    m_id = *id;
    return 0;
}

int WinEditCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments().mid(1); // the words after the id
    Result<Win> stored = workspace.journal().get(m_id);
    if (!stored)
        return context.fail(stored.error());
    Result<QStringList> known = workspace.frameworks().skillSlugs();
    if (!known)
        return context.fail(known.error());

    const Win before = *stored;
    Win win = before;
    QString text = positional.join(QLatin1Char(' ')).trimmed();
    bool anyOption = false;
    for (const QString &name : parser.optionNames())
        anyOption = anyOption || name != QLatin1String("help");
    // With $EDITOR, a write that fails keeps what the person wrote.
    std::optional<Editor> editor;
    const auto fail = [&](const Error &error) { return editor ? editor->fail(error) : context.fail(error); };
    if (text.isEmpty() && !anyOption) {
        if (!context.inIsTerminal)
            return context.usage(tr("win edit: give a new TEXT or options (or run it on a terminal to use $EDITOR)"));
        editor.emplace(context, QStringLiteral("win-%1-edit").arg(m_id));
        Result<QString> edited = editor->edit(win.title + QStringLiteral("\n\n") + win.body,
                                              tr("# Edit the win above the scissors line: the first line is its title, the\n"
                                                 "# rest its body (Markdown). An empty text changes nothing.\n"));
        if (!edited)
            return fail(edited.error());
        if (edited->isEmpty())
            return context.fail(tr("the text is empty; win %1 was not changed").arg(m_id));
        const WinText parsed = WinText::parse(*edited, context.today, *known);
        if (!parsed.error.isEmpty())
            return fail(Error(parsed.error));
        // A title given back as it was shown is no change: one stored with
        // its tags in it, before they were taken out, stays as it is.
        if (edited->section(QLatin1Char('\n'), 0, 0).trimmed() != before.title.trimmed())
            win.title = parsed.title;
        // A body given back as it was shown (the editor trims) is no change.
        if (parsed.body != before.body.trimmed())
            win.body = parsed.body;
        if (parsed.date.isValid())
            win.date = parsed.date;
        win.tags += parsed.tags;
        win.skillSlugs += parsed.skillSlugs;
    } else if (!text.isEmpty()) {
        const WinText parsed = WinText::parse(text, context.today, *known);
        if (!parsed.error.isEmpty())
            return context.fail(parsed.error);
        win.title = parsed.title;
        if (!parsed.body.isEmpty())
            win.body = parsed.body;
        if (parsed.date.isValid())
            win.date = parsed.date;
        win.tags += parsed.tags;
        win.skillSlugs += parsed.skillSlugs;
    }
    if (auto applied = WinOptions::apply(parser, context, *known, win); !applied)
        return fail(applied.error());
    if (parser.isSet(QStringLiteral("unstar")))
        win.starred = false;
    for (const QString &tag : parser.values(QStringLiteral("remove-tag")))
        win.tags.removeAll(tag.toLower());
    for (const QString &slug : parser.values(QStringLiteral("remove-skill")))
        win.skillSlugs.removeAll(slug);
    for (const QString &goal : parser.values(QStringLiteral("remove-goal"))) {
        Result<qint64> goalId = parseId(QStringLiteral("--remove-goal"), goal);
        if (!goalId)
            return context.fail(goalId.error());
        win.goalIds.removeAll(*goalId);
    }
    // Only what this edit changed is written, onto the win as it is now: a
    // change made meanwhile by another process (while $EDITOR was open) stays.
    if (auto updated = workspace.journal().update(before, win); !updated)
        return fail(updated.error());
    context.err() << tr("Updated win %1.").arg(m_id) << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
