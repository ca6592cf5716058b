// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Win.h"
#include "domain/WinFilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace ladder {

class Session;

// The wins journal as a table, newest first, loaded lazily: the first page on
// setFilter(), then a page at a time as the view scrolls (canFetchMore /
// fetchMore), so that 100,000 wins open as fast as 100.
//
// reload() re-reads the rows loaded so far and applies the difference as
// row insertions, removals and data changes (both lists are in the same total
// order, date then id, so one merge pass finds them). Persistent indexes, and
// with them the view's selection and current row, survive a refresh.
class WinListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, SkillsColumn, TagsColumn, ImpactColumn, StarColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StarredRole };
    static constexpr int PageSize = 200;

    explicit WinListModel(Session *session, QObject *parent = nullptr);

    // Starts over with another filter (first page only). An invalid search
    // text is an Error and leaves the model as it was.
    Result<void> setFilter(const WinFilter &filter);
    const WinFilter &filter() const { return m_filter; }
    // Re-reads the loaded rows (at least a page), keeping persistent indexes.
    void reload();
    // Empties the model (no database open).
    void clear();

    // Wins matching the filter in the database, loaded or not.
    qint64 totalCount() const { return m_total; }
    const Win *winAt(int row) const;
    // The row of a loaded win, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits in place (title, impact, date, star) become undoable EditWinCommands.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    Result<QList<Win>> query(int offset, int limit) const;
    void refreshTotal();

    Session *m_session;
    WinFilter m_filter;
    QList<Win> m_wins;
    qint64 m_total = 0;
};

} // namespace ladder
