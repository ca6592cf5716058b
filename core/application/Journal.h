// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Win.h"
#include "domain/WinFilter.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace ladder {

class Stores;

// The journal of wins: every user-level operation on wins, for both front
// ends. Each write is one transaction; nothing here throws.
class Journal
{
public:
    explicit Journal(Stores &stores);

    // What a person typed ("yesterday: Led the drill @distributed-systems"),
    // read against the active framework's skills (WinText): a win dated
    // `today` unless the text names a day, ready to add; or the error naming
    // the bad date.
    Result<Win> read(const QString &text, const QDate &today);

    // Adds a new win (fresh UUID) and returns it as stored (id, UUID,
    // timestamps, normalized tags).
    Result<Win> add(const Win &win);
    Result<Win> get(qint64 id);
    // Saves `after` over the win as `before` was read: fields another program
    // changed meanwhile are kept unless this edit changed them too (a
    // conflict is an error naming the field).
    Result<void> update(const Win &before, const Win &after);
    // Removes the wins, all or none.
    Result<void> remove(const QList<qint64> &ids);
    // Puts removed wins back with their UUIDs, ids and links, all or none (the
    // undo of a removal, the redo of an add); returns them as stored.
    Result<QList<Win>> restore(const QList<Win> &wins);

    // In the filter's sort: newest first by default (domain/WinOrder.h).
    Result<QList<Win>> list(const WinFilter &filter);
    // The same wins in the same order, handed to `visit` as they are read
    // and never held together: a listing of any length takes the same
    // memory. `visit` returns false to stop.
    Result<void> forEach(const WinFilter &filter, const std::function<bool(const Win &)> &visit);
    Result<qint64> count(const WinFilter &filter);
    // Wins per day from `from` to `to`, both included (the dashboard's
    // calendar), counted in one grouped query; days without wins are absent.
    Result<QMap<QDate, int>> winsPerDay(const QDate &from, const QDate &to);
    // The row of win `id` in list(filter), found without reading the rows
    // before it; -1 when the filter leaves it out.
    Result<qint64> position(const WinFilter &filter, qint64 id);
    // "Go to date": the newest listed win dated on or before `day`, else the
    // oldest listed; 0 when the filter lists none.
    Result<qint64> onOrBefore(const WinFilter &filter, const QDate &day);
    // Every tag in use, sorted.
    Result<QStringList> tags();

private:
    Stores &m_stores;
};

} // namespace ladder
