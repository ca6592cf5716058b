// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ladder {

// How an edit lands on a row that may have changed since the user read it
// (another process, a view not yet refreshed): the stores write only what the
// user changed, onto the row as it is now (WinStore::update, GoalStore::update).

// One field: when the user changed it (`was` to `now`), the change goes onto
// `current` unless someone else changed it meanwhile to a third value, which
// is a conflict named `name`. Changed elsewhere to the same value is none.
template<typename T>
void mergeField(const QString &name, const T &was, const T &now, T &current, QStringList &conflicts)
{
    if (now == was)
        return;
    if (current != was && current != now) {
        conflicts << name;
        return;
    }
    current = now;
}

// A list field (tags, skills, goals): the items the user added (in `now`, not
// in `was`) and removed (the other way round) applied to the current items,
// which keep whatever was added elsewhere; sorted, each once.
template<typename T>
QList<T> mergedList(const QList<T> &current, const QList<T> &was, const QList<T> &now)
{
    const QSet<T> before(was.cbegin(), was.cend());
    const QSet<T> after(now.cbegin(), now.cend());
    QSet<T> result(current.cbegin(), current.cend());
    for (const T &item : now) {
        if (!before.contains(item))
            result.insert(item);
    }
    for (const T &item : was) {
        if (!after.contains(item))
            result.remove(item);
    }
    QList<T> merged(result.cbegin(), result.cend());
    std::sort(merged.begin(), merged.end());
    return merged;
}

} // namespace ladder
