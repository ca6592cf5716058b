// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ladder {

// The one type each field of Ladder's JSON files has (docs/formats.md). A
// value of another type is an error naming its place and what was found
// ("x.json: wins[3].starred: must be true or false, not 1"), never a default.
// `where` is the object's place ("x.json: wins[3]"), `key` the member's name
// (empty for the value at `where` itself): the full path is only made for
// an error, as these run for every field of 100,000 wins.
class JsonCheck
{
    Q_DECLARE_TR_FUNCTIONS(JsonCheck)

public:
    enum class Lines { One, Many };

    // How a value is named in a message: 1, 'yes', a list, an object, null.
    static QString describe(const QJsonValue &value);
    // Text as a message may quote it: control characters escaped, shortened.
    static QString printable(const QString &text, qsizetype most = 40);
    static QString path(const QString &where, QLatin1StringView key);
    static QString path(const QString &where, const QString &key);

    // Each takes an absent value as its default (false, empty, 0) unless
    // `required`; null is a value of the wrong type like any other.
    static Result<bool> boolean(const QJsonValue &value, const QString &where, QLatin1StringView key);
    // A string of at most `most` characters; one line (no line break nor
    // other control character) unless Lines::Many. A required text must hold
    // more than spaces.
    static Result<QString> text(const QJsonValue &value, const QString &where, QLatin1StringView key, Lines lines, qsizetype most,
                                bool required = false);
    // A list of at most `most` non-empty one-line strings of at most `longest`
    // characters each; with `slugs` each must be a slug.
    static Result<QStringList> texts(const QJsonValue &value, const QString &where, QLatin1StringView key, qsizetype most,
                                     qsizetype longest, bool slugs = false);
    // A whole number from `least` to `most` (3.0 counts as 3).
    static Result<qint64> wholeNumber(const QJsonValue &value, const QString &where, QLatin1StringView key, qint64 least, qint64 most);
    // A UUID written 8-4-4-4-12 in hexadecimal digits, returned lower-case.
    static Result<QString> uuid(const QJsonValue &value, const QString &where, QLatin1StringView key);
    // A slug: lower-case kebab-case (docs/formats.md, rule 5).
    static Result<QString> slug(const QJsonValue &value, const QString &where, QLatin1StringView key, bool required);

    static bool isSlug(const QString &text);
    // Why `text` is not one line of printable text, or empty when it is.
    static QString notOneLine(const QString &text);
};

} // namespace ladder
