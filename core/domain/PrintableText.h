// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ladder {

// What text Ladder stores (docs/formats.md, "Limits"): a title, an impact, a
// tag or a name is one line of printable text; a body or note may have line
// breaks and tabs, and no other control character. One rule for every door
// text comes in by (win add, the app, every import, the git harvest, a
// merge), so that nothing stored can move a terminal's cursor or make an
// export that no import reads back.
class PrintableText
{
    Q_DECLARE_TR_FUNCTIONS(PrintableText)

public:
    static bool isControl(char16_t c);
    // Why `text` is not one line of printable text, or empty when it is.
    static QString notOneLine(const QString &text);
    // Why `text` is not printable text of any number of lines (line feeds,
    // carriage returns and tabs allowed), or empty when it is.
    static QString notText(const QString &text);
    // `text` with each control character (line breaks too) as a space: for
    // text Ladder takes from elsewhere without a person typing it (a commit
    // subject).
    static QString oneLine(const QString &text);
    // The same keeping line feeds and tabs (a commit message's body).
    static QString lines(const QString &text);
};

} // namespace ladder
