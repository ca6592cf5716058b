// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ladder {

// Where values lie in a JSON text, found by following only its structure
// (strings, nesting, separators) without building a tree. LadderExport uses
// it to parse the 100,000 wins of an export one at a time, while the ones
// before are written, instead of holding the whole document as one
// QJsonDocument (several hundred megabytes). Every span is still parsed, and
// so checked, by QJsonDocument; a text whose structure is not followed here
// gives nullopt and the caller parses it whole, for Qt's own message.
struct JsonSpan
{
    qsizetype begin = 0;
    qsizetype end = 0; // one past the value's last byte
};

// The members of the top-level object, in file order: each key as written
// between its quotes (escapes left as they are) and its value's span.
std::optional<QList<std::pair<QByteArrayView, JsonSpan>>> topLevelMembers(QByteArrayView json);

// The elements of the array at `array` (which must start with '[').
std::optional<QList<JsonSpan>> arrayElements(QByteArrayView json, JsonSpan array);

// The JSON path (`wins[3].title`, `(top)` never) of the first key that an
// object of the text repeats, reported at its second occurrence; keys spelt
// with escapes are compared as they read ("b\u006fdy" is "body"). QJsonDocument
// silently keeps the last of two equal keys, so readers that must refuse them
// ask this. nullopt when no key repeats, or when the text's structure is not
// followed here (the parser reports that).
std::optional<QString> firstRepeatedKey(QByteArrayView json);

} // namespace ladder
