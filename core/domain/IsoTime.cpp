// SPDX-License-Identifier: GPL-3.0-or-later
#include "IsoTime.h"

#include <QString>

namespace ladder {

namespace {

// Julian day of 1970-01-01: the epoch QDateTime counts milliseconds from.
constexpr qint64 EpochJulianDay = 2440588;
constexpr qint64 MsecsPerDay = 86400000;

// The value of `count` ASCII digits at `text`, or -1 when one is not a digit.
int digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

void putDigits(char *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// "YYYY-MM-DD" at `text` (at least 10 bytes): the date, or invalid.
QDate dateAt(const char *text)
{
    if (text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text, 4);
    const int month = digits(text + 5, 2);
    const int day = digits(text + 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2026-02-30, as Qt's parser
}

} // namespace

QDate IsoTime::parseDate(const char *text, qsizetype size)
{
    if (size == 10) {
        const QDate date = dateAt(text);
        if (date.isValid())
            return date;
    }
    return QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
}

QDateTime IsoTime::parseUtc(const char *text, qsizetype size)
{
    if (size == 24 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z') {
        const QDate date = dateAt(text);
        const int hour = digits(text + 11, 2);
        const int minute = digits(text + 14, 2);
        const int second = digits(text + 17, 2);
        const int msec = digits(text + 20, 3);
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && msec >= 0) {
            const qint64 msecs
                = (date.toJulianDay() - EpochJulianDay) * MsecsPerDay + ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + msec;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }
    QDateTime instant = QDateTime::fromString(QString::fromUtf8(text, size), Qt::ISODateWithMs);
    if (instant.isValid())
        instant.setTimeSpec(Qt::UTC);
    return instant;
}

bool IsoTime::writeDate(const QDate &date, char *out)
{
    if (!date.isValid())
        return false;
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    putDigits(out, year, 4);
    out[4] = '-';
    putDigits(out + 5, month, 2);
    out[7] = '-';
    putDigits(out + 8, day, 2);
    return true;
}

bool IsoTime::writeUtc(const QDateTime &instant, char *out)
{
    if (!instant.isValid())
        return false;
    const qint64 msecs = instant.toMSecsSinceEpoch();
    // Floor division: instants before 1970 count back from the day's start.
    qint64 days = msecs / MsecsPerDay;
    qint64 rest = msecs % MsecsPerDay;
    if (rest < 0) {
        rest += MsecsPerDay;
        --days;
    }
    if (!writeDate(QDate::fromJulianDay(days + EpochJulianDay), out))
        return false;
    const int msec = int(rest % 1000);
    const int second = int(rest / 1000 % 60);
    const int minute = int(rest / 60000 % 60);
    const int hour = int(rest / 3600000);
    out[10] = 'T';
    putDigits(out + 11, hour, 2);
    out[13] = ':';
    putDigits(out + 14, minute, 2);
    out[16] = ':';
    putDigits(out + 17, second, 2);
    out[19] = '.';
    putDigits(out + 20, msec, 3);
    out[23] = 'Z';
    return true;
}

QByteArray IsoTime::formatDate(const QDate &date)
{
    char text[DateSize];
    if (writeDate(date, text))
        return QByteArray(text, DateSize);
    return date.isValid() ? date.toString(Qt::ISODate).toUtf8() : QByteArray();
}

QByteArray IsoTime::formatUtc(const QDateTime &instant)
{
    char text[UtcSize];
    if (writeUtc(instant, text))
        return QByteArray(text, UtcSize);
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

} // namespace ladder
