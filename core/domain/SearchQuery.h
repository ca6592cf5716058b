#pragma once

#include "Result.h"

#include <QString>

namespace ladder {

// Translates a user's search into an SQLite FTS5 MATCH expression.
// Accepted: words (AND-ed), "quoted phrases", -exclusion (of a word or a phrase),
// prefix* ; words are case-insensitive. Everything else (unbalanced quotes, a
// lone '-' or '*', a query that only excludes, FTS5 syntax like NEAR( or column:)
// is an Error with one clear line naming the problem and its position, e.g.
// "search 'foo \"bar': unbalanced quote at character 5" — never SQLite's text.
// Every user term is quoted in the output so no FTS5 operator leaks through.
class SearchQuery
{
public:
    static Result<QString> toFts5(const QString &query);
};

} // namespace ladder
