// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

namespace ladder {

class CommandContext;

// An editor round trip: opens $VISUAL / $EDITOR on a text in a temporary file
// (plus a help block below a scissors line, as git does) and hands back what
// the person wrote above it. What they wrote is never thrown away while it is
// unsaved: when the write after the editor fails (a conflict, an invalid text,
// no database), fail() keeps the text in a file of their own beside the
// database and names it in the one error line (docs/reliability.md).
class Editor
{
    Q_DECLARE_TR_FUNCTIONS(Editor)

public:
    // `rescueName` names the rescue file: "win-5-edit" keeps the text in
    // "<database folder>/ladder-win-5-edit-<time>.md".
    Editor(CommandContext &context, QString rescueName);

    // What the person wrote, trimmed; empty means "nothing to save". An
    // editor that fails is an error, and a text already changed in it is
    // kept as fail() keeps it.
    Result<QString> edit(const QString &initial, const QString &help);

    // Prints the error as one line, adding where the edited text is kept;
    // exit code 1.
    int fail(const Error &error);
    int fail(const QString &message) { return fail(Error(message)); }

private:
    // Writes the edited text to a new file readable by its owner only, beside
    // the database, else leaves it in the editor's folder; returns the path,
    // empty when there is nothing to keep or nowhere to keep it.
    QString rescue();

    CommandContext &m_context;
    QString m_rescueName;
    QTemporaryDir m_dir;
    QString m_path;   // the file the editor opened
    QString m_edited; // what the person wrote, once the editor has run
};

} // namespace ladder
