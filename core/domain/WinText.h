// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ladder {

// The quick-entry syntax shared by `ladder-cli win add` and the GUI quick-add,
// as in jrnl: a leading "DATE:" sets the date ("yesterday: Led the drill"),
// `@word` is a tag and also links the skill when `word` is a skill slug, and
// `#word` is a tag too; the tags ending the title are taken out of it
// (InlineTags). The first line is the title, the rest the body. A leading
// date-shaped word that is not a valid date, or a title left empty, sets
// `error` (the CLI and the GUI show that message and save nothing).
struct WinText
{
    Q_DECLARE_TR_FUNCTIONS(WinText)

public:
    QString title;
    QString body;
    QDate date; // null when the text did not set one
    QStringList tags;
    QStringList skillSlugs;
    // Non-empty when the text cannot be saved as it is: it starts with what
    // has the shape of a date but is none ("2026-02-30: x"), which would
    // otherwise become a win dated today with the bad date in its title; or
    // nothing is left of the title once its date and tags are out.
    QString error;

    static WinText parse(const QString &text, const QDate &today, const QStringList &knownSkillSlugs);
    // A title alone, where the date and the body have fields of their own
    // (the edit dialog): its tags, and the skills they name.
    static WinText parseTitle(const QString &title, const QStringList &knownSkillSlugs);
};

} // namespace ladder
