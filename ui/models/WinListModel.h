// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Win.h"
#include "domain/WinFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ladder {

class Session;

// The wins journal as a table, sorted in the database (WinFilter::sort, a
// header click) and read a page at a time: every win the filter lists has a
// row, but only the pages the view asks for are read (and at most MaxPages
// kept), so that 100,000 wins open as fast as 100 and the oldest of them is
// one page away (go to date, Ctrl+End), not hundreds.
//
// reload() re-reads the count and the rows of the persistent indexes (the
// view's selection and current row): each moves to where its win is now
// (Journal::position) and a win gone drops out, so a refresh keeps the
// user's selection whatever was added or removed before it.
class WinListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, SkillsColumn, TagsColumn, ImpactColumn, StarColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StarredRole };
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 64;

    explicit WinListModel(Session *session, QObject *parent = nullptr);

    // Starts over with another filter and sort (first page only). An invalid
    // search text is an Error and leaves the model as it was.
    Result<void> setFilter(const WinFilter &filter);
    const WinFilter &filter() const { return m_filter; }
    // Re-reads count and rows, keeping persistent indexes on their wins.
    void reload();
    // Empties the model (no database open).
    void clear();

    // Wins matching the filter in the database: the rows.
    qint64 totalCount() const { return m_total; }
    // The win of a row, reading its page when needed; null out of range or
    // when the page cannot be read.
    const Win *winAt(int row) const;
    // The row of a win the filter lists, or -1.
    int rowOf(qint64 id) const;
    // The row of the go-to-date win of `day` (Journal::onOrBefore), or -1.
    int rowOnOrBefore(const QDate &day) const;
    // How many rows are read and kept (tests: only what was shown).
    int loadedRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits in place (title, impact, date, star) become undoable EditWinCommands.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Date, title, impact and star sort in the database; the other columns
    // do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column and order of the filter's sort, for the header's indicator.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

signals:
    void loadFailed(const QString &message);

private:
    Result<QList<Win>> query(int offset, int limit) const;
    Result<qint64> countAll() const;
    // The page of `row`, read when missing; null when it cannot be.
    const QList<Win> *page(int row) const;
    void keepPage(int number, QList<Win> rows) const;

    Session *m_session;
    WinFilter m_filter;
    qint64 m_total = 0;
    // Pages read, by number, and the order they were last used in (the
    // least recently used is dropped beyond MaxPages).
    mutable QHash<int, QList<Win>> m_pages;
    mutable QList<int> m_used;
};

} // namespace ladder
