// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ladder {

// What a reader cannot find out from the file itself.
struct ReadOptions
{
    // jrnl journal files: the journal's `timeformat` (strftime, as in jrnl's
    // config); empty means jrnl's default "%Y-%m-%d %H:%M".
    QString timeFormat;
    // jrnl journal files: the characters that start a tag (jrnl's
    // `tagsymbols`).
    QString tagSymbols = QStringLiteral("@");
    // CSV: Ladder's field name (date, title, body, impact, tags, skills,
    // starred) to the file's header name, for headers named otherwise.
    QHash<QString, QString> columns;
};

} // namespace ladder
