// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// jrnl entries have no impact field: a win's impact travels as the last
// paragraph of its body, "Impact: …" (docs/formats.md, "jrnl"), and comes
// back out of it when read, so a round trip keeps it.
class JrnlImpact
{
public:
    // `body` with "\n\nImpact: `impact`" after it (or the paragraph alone for
    // an empty body); `body` itself when there is no impact.
    static QString join(const QString &body, const QString &impact);

    struct Split
    {
        QString body;
        QString impact;
    };
    // The opposite of join(): a last paragraph "Impact: …" of one line
    // becomes the impact; any other body is left whole.
    static Split split(const QString &body);
};

} // namespace ladder
