// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

class Session;

// A win as Markdown for the detail pane (QTextBrowser renders it): the title,
// a line of facts (date, star, skills, tags, goals), the impact, then the
// body as the user wrote it.
class WinMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(WinMarkdown)

public:
    static QString render(const Win &win, const Session &session, const QStringList &goalTitles);
};

} // namespace ladder
