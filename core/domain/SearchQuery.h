// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ladder {

// Translates a user's search into an SQLite FTS5 MATCH expression.
// Accepted: words (AND-ed), "quoted phrases", -exclusion (of a word or a phrase),
// prefix* ; words are case-insensitive. Misuse (an unbalanced quote, a lone '-'
// or '*', a '*' inside a word or after a phrase, an empty phrase, a query that
// only excludes) is an Error with one clear line naming the problem and its
// position, e.g. "search 'foo \"bar': unbalanced quote at character 5" — never
// SQLite's text. Every user term is quoted in the output, so FTS5 syntax typed by
// the user (AND, OR, NOT, NEAR(, column:, ^) is searched for as plain words.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    static Result<QString> toFts5(const QString &query);
};

} // namespace ladder
