// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include "domain/EvidenceSummary.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/Win.h"
#include "domain/WinFilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace ladder {

class Database;
class Statement;
class WinLinks;

// Reads and writes the wins journal. Each write is one transaction (nested as a
// savepoint when the caller already holds one, as an import does).
class WinStore
{
    Q_DECLARE_TR_FUNCTIONS(WinStore)

public:
    explicit WinStore(Database &db);

    // Checks the win (a title, a valid date, skills of the active framework,
    // existing goals), stores it and returns its id. A new UUID and timestamps
    // are made unless `keepIdentity` (import), which keeps id, uuid and times.
    Result<qint64> add(Win win, bool keepIdentity = false);
    // Adds many wins in one transaction (or the caller's) with add()'s checks,
    // for imports and generators: the skills and goals are read once, tag ids
    // are remembered, and no savepoint is taken per win (FTS5 writes its
    // pending index out at every savepoint, which made per-win adds ten times
    // slower). With `keepIdentity`, a win whose UUID is already stored is left
    // as it is. Returns how many were added; a problem rolls back all of them
    // and names the win.
    Result<qint64> addMany(QList<Win> wins, bool keepIdentity = false);
    // Adds wins read from another journal's file (an import) in one
    // transaction (or the caller's): each keeps the UUID the file gave it
    // (a jrnl or CSV export of Ladder's own) or gets a new one, and one whose
    // source (Win::source) or UUID is already stored is left out. Skills were
    // resolved by the caller. A problem rolls back all of them and is named
    // by `locations[i]` ("brag.md:12"). Returns the ids of those added.
    Result<QList<qint64>> addImported(QList<Win> wins, const QStringList &locations);
    // Which of `sources` (UUIDs) are held by stored wins.
    Result<QSet<QString>> storedSources(const QStringList &sources);
    Result<QSet<QString>> storedUuids(const QStringList &uuids);
    // An edit: writes the fields in which `after` differs from `before` (the
    // copy the user started from) onto the win as it is now, in one
    // transaction, so that a change made elsewhere meanwhile (another
    // process, a stale view) to any other field survives. Tags, skills and
    // goals added or removed are merged onto the current links. A field the
    // user changed that was also changed elsewhere to another value is a
    // conflict: nothing is written and the error names the fields. Links
    // made before may be of another framework (kept across a switch); new
    // ones must be of the active framework. An undo is the same call with
    // the copies swapped.
    Result<void> update(const Win &before, const Win &after);
    // Overwrites win `win.id` with `win` whole: fields, times and links (a
    // merge taking the other database's newer edit); its UUID and source stay.
    // Only the limits are checked: the links were valid where it was made.
    Result<void> replace(Win win);
    Result<void> remove(qint64 id);
    Result<Win> get(qint64 id);
    Result<Win> findByUuid(const QString &uuid);
    Result<QList<Win>> list(const WinFilter &filter);
    // The wins list() returns, in its order, handed to `visit` one at a time
    // as they are read, a few hundred at a time: a listing or search of any
    // length in little memory. `visit` returns false to stop early.
    Result<void> forEach(const WinFilter &filter, const std::function<bool(const Win &)> &visit);
    // Hands every win to `visit` one at a time, oldest first (date, then id),
    // without holding the list: a pass over the whole journal (export) in
    // little memory. `visit` returns false to stop early.
    Result<void> forEach(const std::function<bool(const Win &)> &visit);
    Result<qint64> count(const WinFilter &filter);
    // How many wins each day from `from` to `to` (both included) holds, in one
    // grouped pass over that range of the date index; days without wins are
    // left out.
    Result<QMap<QDate, int>> countPerDay(const QDate &from, const QDate &to);
    // How many wins list() puts before win `id` under the filter's sort (its
    // row in the whole list, without reading the rows before it); -1 when
    // the filter leaves it out.
    Result<qint64> position(const WinFilter &filter, qint64 id);
    // The newest win the filter lists dated on or before `day` (the first one
    // met reading down a newest-first list from that day); the oldest when
    // all are later; 0 when it lists none.
    Result<qint64> onOrBefore(const WinFilter &filter, const QDate &day);
    // The period's evidence for these skills, counted in SQL: for each skill
    // the wins linking it, and the `listLimit` strongest of them a report
    // shows (WinOrder::strongestFirst; listed newest first, without body or
    // UUID); 0 lists none, a negative limit all. Reads whole only the wins it
    // lists.
    Result<EvidenceSummary> evidence(const Period &period, const QStringList &skillSlugs, int listLimit);
    Result<QStringList> tags();

private:
    // What validate() checks a win against; add() reads it per win, addMany() once.
    struct Known
    {
        bool checkSkills = true;
        QStringList skills;
        QSet<qint64> goals;
    };
    Known known(bool checkSkills, const Win *only);
    Result<void> validate(Win &win, const Known &known);
    // Which of `values` the win column `column` holds.
    Result<QSet<QString>> stored(const char *column, const QStringList &values);
    // addMany's and addImported's loop: validated, inserted, counted; the
    // ids of the wins added go to `addedIds` when given.
    Result<qint64> insertMany(QList<Win> &wins, bool keepIdentity, bool skipPresent, const Known &known,
                              const std::function<QString(qsizetype)> &where, QList<qint64> *addedIds = nullptr);
    // The wins of a query that selects WinColumns, with their links as
    // `links` reads them for the ids found.
    QList<Win> readAll(Statement &rows, const std::function<WinLinks(const std::vector<qint64> &)> &links);

    Database &m_db;
};

// Tags are stored lower-case, without '@'/'#', sorted and unique.
QStringList normalizedTags(const QStringList &tags);

} // namespace ladder
