// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTime>

namespace ladder {

// A jrnl journal's `timeformat` (a strftime pattern, read by jrnl with
// Python's strptime) turned into a reader of the dates in its entry lines
// ("[2026-03-04 09:15] Title"). It reads what strptime reads in the C
// locale: %Y %y %m %d %j %H %I %p %M %S %b %B %h %a %A and %%, a run of
// white space matching any run, letters in any case, English month and day
// names (docs/formats.md, "jrnl"). A format must hold a year and a day (%m
// and %d, or %j).
class JrnlTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(JrnlTimeFormat)

public:
    // jrnl's own default.
    static QString defaultFormat() { return QStringLiteral("%Y-%m-%d %H:%M"); }

    // The reader of `format` (empty: the default), or what in it Ladder
    // cannot read.
    static Result<JrnlTimeFormat> compile(const QString &format);

    struct Reading
    {
        // NotADate: the text does not have the format's shape (a body line
        // such as "[1] a footnote"). Invalid: it has the shape but names no
        // real moment ("2026-02-30"); `problem` says why.
        enum class Kind { NotADate, Date, Invalid };
        Kind kind = Kind::NotADate;
        QDate date;
        QTime time;
        QString problem;
    };
    Reading read(const QString &text) const;

    const QString &format() const { return m_format; }

private:
    enum class Field { Year, ShortYear, Month, MonthName, Day, DayOfYear, Hour, Hour12, AmPm, Minute, Second, WeekdayName };

    QString m_format;
    QRegularExpression m_pattern;
    QList<Field> m_fields; // one per capture group, in order
};

} // namespace ladder
