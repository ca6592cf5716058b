// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinMarkdown.h"

#include "DisplayDate.h"

#include "Session.h"

#include <QRegularExpression>

namespace ladder {

namespace {

// Characters Markdown would read as markup in a title or a fact.
QString escaped(QString text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]#<>|])"));
    return text.replace(special, QStringLiteral("\\\\1"));
}

} // namespace

QString WinMarkdown::render(const Win &win, const Session &session, const QStringList &goalTitles)
{
    QStringList out;
    out << QStringLiteral("## ") + escaped(win.title) + (win.starred ? QStringLiteral(" ★") : QString());
    QStringList facts;
    facts << QStringLiteral("**") + DisplayDate::text(win.date) + QStringLiteral("**");
    if (!win.skillSlugs.isEmpty()) {
        QStringList names;
        for (const QString &slug : win.skillSlugs)
            names << escaped(session.skillName(slug));
        facts << tr("Skills: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!win.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : win.tags)
            tags << QStringLiteral("`@") + tag + QStringLiteral("`");
        facts << tr("Tags: %1").arg(tags.join(QLatin1Char(' ')));
    }
    out << facts.join(QStringLiteral(" · "));
    if (!goalTitles.isEmpty()) {
        QStringList goals;
        for (const QString &title : goalTitles)
            goals << escaped(title);
        out << tr("Goals: %1").arg(goals.join(QStringLiteral(", ")));
    }
    if (!win.impact.isEmpty())
        out << QStringLiteral("> **") + tr("Impact:") + QStringLiteral("** ") + escaped(win.impact);
    if (!win.body.isEmpty())
        out << win.body;
    return out.join(QStringLiteral("\n\n"));
}

} // namespace ladder
