// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "domain/WinText.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

namespace ladder {

Journal::Journal(Stores &stores)
    : m_stores(stores)
{
}

Result<Win> Journal::read(const QString &text, const QDate &today)
{
    Result<QStringList> known = m_stores.frameworks().knownSkillSlugs();
    if (!known)
        return known.error();
    const WinText parsed = WinText::parse(text, today, *known);
    if (!parsed.error.isEmpty())
        return Error(parsed.error);
    Win win;
    win.title = parsed.title;
    win.body = parsed.body;
    win.date = parsed.date.isValid() ? parsed.date : today;
    win.tags = parsed.tags;
    win.skillSlugs = parsed.skillSlugs;
    return win;
}

Result<Win> Journal::add(const Win &win)
{
    Result<qint64> id = m_stores.wins().add(win);
    if (!id)
        return id.error();
    return m_stores.wins().get(*id);
}

Result<Win> Journal::get(qint64 id)
{
    return m_stores.wins().get(id);
}

Result<void> Journal::update(const Win &before, const Win &after)
{
    return m_stores.wins().update(before, after);
}

Result<void> Journal::remove(const QList<qint64> &ids)
{
    return guarded([&]() -> Result<void> {
        // All or none: a half-done removal of several could not be undone cleanly.
        Transaction transaction(m_stores.database());
        for (qint64 id : ids) {
            if (auto removed = m_stores.wins().remove(id); !removed)
                return removed;
        }
        transaction.commit();
        return {};
    });
}

Result<QList<Win>> Journal::restore(const QList<Win> &wins)
{
    return guarded([&]() -> Result<QList<Win>> {
        Transaction transaction(m_stores.database());
        QList<Win> stored;
        stored.reserve(wins.size());
        for (const Win &win : wins) {
            // The same id unless another program took it meanwhile.
            Result<qint64> id = m_stores.wins().add(win, true);
            if (!id)
                return id.error();
            Result<Win> back = m_stores.wins().get(*id);
            if (!back)
                return back.error();
            stored << *back;
        }
        transaction.commit();
        return stored;
    });
}

Result<QList<Win>> Journal::list(const WinFilter &filter)
{
    return m_stores.wins().list(filter);
}

Result<void> Journal::forEach(const WinFilter &filter, const std::function<bool(const Win &)> &visit)
{
    return m_stores.wins().forEach(filter, visit);
}

Result<qint64> Journal::count(const WinFilter &filter)
{
    return m_stores.wins().count(filter);
}

Result<QMap<QDate, int>> Journal::winsPerDay(const QDate &from, const QDate &to)
{
    return m_stores.wins().countPerDay(from, to);
}

Result<qint64> Journal::position(const WinFilter &filter, qint64 id)
{
    return m_stores.wins().position(filter, id);
}

Result<qint64> Journal::onOrBefore(const WinFilter &filter, const QDate &day)
{
    return m_stores.wins().onOrBefore(filter, day);
}

Result<QStringList> Journal::tags()
{
    return m_stores.wins().tags();
}

} // namespace ladder
