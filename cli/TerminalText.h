// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// Text from the data (titles, tags, names, notes) and from the user (the
// arguments quoted in an error) made safe to print on a terminal: control
// characters would otherwise move the cursor, recolor or retitle the terminal,
// ring its bell, or draw lines that are not there (ESC, OSC, BEL, CR, ...).
// Each one is shown as a visible symbol instead: C0 as its Control Pictures
// sign (ESC as U+241B, newline as U+240A), DEL as U+2421, C1 and the Unicode
// line and paragraph separators as U+FFFD. The one place that does this, for
// every printer (CommandContext::shown / shownLines, TextTable, the error lines).
class TerminalText
{
public:
    // One line: every control character replaced, newlines and tabs too.
    static QString line(const QString &text);
    // A multi-line body: as line(), but newlines and tabs stay (a CR LF pair becomes a newline).
    static QString lines(const QString &text);
    // Output already put together by Ladder: as lines(), but Ladder's own
    // color codes (ESC [ digits m) stay; what goes through a terminal's
    // standard output passes this as the last guard.
    static QString keepingStyles(const QString &text);
};

} // namespace ladder
