// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinListModel.h"

#include "DisplayDate.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "commands/EditWinCommand.h"
#include "Session.h"

#include <QUndoStack>

#include <limits>

namespace ladder {

WinListModel::WinListModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

Result<QList<Win>> WinListModel::query(int offset, int limit) const
{
    WinFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    return m_session->workspace().journal().list(page);
}

Result<qint64> WinListModel::countAll() const
{
    WinFilter all = m_filter;
    all.limit = 0;
    all.offset = 0;
    return m_session->workspace().journal().count(all);
}

Result<void> WinListModel::setFilter(const WinFilter &filter)
{
    if (!m_session->isOpen()) {
        clear();
        return {};
    }
    const WinFilter previous = m_filter;
    m_filter = filter;
    Result<QList<Win>> first = query(0, PageSize);
    Result<qint64> total = first ? countAll() : Result<qint64>(first.error());
    if (!total) {
        m_filter = previous;
        return total.error();
    }
    beginResetModel();
    m_pages.clear();
    m_used.clear();
    keepPage(0, std::move(*first));
    m_total = *total;
    endResetModel();
    return {};
}

void WinListModel::clear()
{
    beginResetModel();
    m_pages.clear();
    m_used.clear();
    m_total = 0;
    endResetModel();
}

void WinListModel::reload()
{
    if (!m_session->isOpen())
        return;
    Result<qint64> counted = countAll();
    if (!counted) {
        emit loadFailed(counted.error().message());
        return;
    }
    Journal &journal = m_session->workspace().journal();
    // Where each persistent index's win is now, asked before anything changes.
    const QModelIndexList before = persistentIndexList();
    QHash<int, int> moved;
    for (const QModelIndex &index : before) {
        if (moved.contains(index.row()))
            continue;
        const Win *win = winAt(index.row());
        Result<qint64> row = win ? journal.position(m_filter, win->id) : Result<qint64>(qint64(-1));
        moved.insert(index.row(), row && *row < *counted ? int(*row) : -1);
    }
    const int oldRows = rowCount();
    const int newRows = int(std::min<qint64>(*counted, std::numeric_limits<int>::max()));
    // Rows are added or dropped at the end; the layout change then moves
    // every kept index to its win's row (all of them below newRows).
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_total = *counted;
        endInsertRows();
    }
    emit layoutAboutToBeChanged();
    m_pages.clear();
    m_used.clear();
    const QModelIndexList kept = persistentIndexList();
    for (const QModelIndex &index : kept) {
        const int row = moved.value(index.row(), -1);
        changePersistentIndex(index, row < 0 ? QModelIndex() : this->index(row, index.column()));
    }
    emit layoutChanged();
    if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_total = *counted;
        endRemoveRows();
    }
    m_total = *counted;
}

const QList<Win> *WinListModel::page(int row) const
{
    if (row < 0 || row >= rowCount() || !m_session->isOpen())
        return nullptr;
    const int number = row / PageSize;
    if (auto found = m_pages.constFind(number); found != m_pages.cend()) {
        if (m_used.constLast() != number) {
            m_used.removeOne(number);
            m_used.append(number);
        }
        return &found.value();
    }
    Result<QList<Win>> rows = query(number * PageSize, PageSize);
    if (!rows) {
        // Said once per page asked for; the next reload tries again.
        QMetaObject::invokeMethod(const_cast<WinListModel *>(this), "loadFailed", Qt::QueuedConnection,
                                  Q_ARG(QString, rows.error().message()));
        return nullptr;
    }
    keepPage(number, std::move(*rows));
    return &m_pages[number];
}

void WinListModel::keepPage(int number, QList<Win> rows) const
{
    while (m_used.size() >= MaxPages)
        m_pages.remove(m_used.takeFirst());
    m_pages.insert(number, std::move(rows));
    m_used.append(number);
}

int WinListModel::loadedRows() const
{
    int rows = 0;
    for (const QList<Win> &page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

const Win *WinListModel::winAt(int row) const
{
    const QList<Win> *rows = page(row);
    const int at = row % PageSize;
    // A page read short (wins deleted since the count) has no such row.
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

int WinListModel::rowOf(qint64 id) const
{
    if (!m_session->isOpen() || id <= 0)
        return -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * PageSize + int(i);
        }
    }
    Result<qint64> row = m_session->workspace().journal().position(m_filter, id);
    return row && *row >= 0 && *row < rowCount() ? int(*row) : -1;
}

int WinListModel::rowOnOrBefore(const QDate &day) const
{
    if (!m_session->isOpen())
        return -1;
    Result<qint64> id = m_session->workspace().journal().onOrBefore(m_filter, day);
    return id && *id > 0 ? rowOf(*id) : -1;
}

int WinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int WinListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinListModel::data(const QModelIndex &index, int role) const
{
    const Win *win = winAt(index.row());
    if (!win)
        return {};
    switch (role) {
    case IdRole: return win->id;
    case StarredRole: return win->starred;
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn: return win->date;
        case TitleColumn: return win->title;
        case ImpactColumn: return win->impact;
        case StarColumn: return win->starred;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return DisplayDate::text(win->date);
        case TitleColumn: return win->title;
        case SkillsColumn: {
            QStringList names;
            for (const QString &slug : win->skillSlugs)
                names << m_session->skillName(slug);
            return names.join(QStringLiteral(", "));
        }
        case TagsColumn: return win->tags.join(QStringLiteral(", "));
        case ImpactColumn: return win->impact;
        case StarColumn: return win->starred ? QStringLiteral("★") : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StarColumn)
            return win->starred ? tr("Starred (click to unstar)") : tr("Not starred (click to star)");
        if (index.column() == SkillsColumn)
            return win->skillSlugs.join(QStringLiteral(", "));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StarColumn)
            return win->starred ? tr("starred") : tr("not starred");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == StarColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant WinListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A first click sorts newest first, A to Z, starred first.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(section == TitleColumn || section == ImpactColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (orientation == Qt::Horizontal && section == StarColumn && role == Qt::ToolTipRole)
        return tr("Starred");
    if (orientation == Qt::Horizontal && section == StarColumn && role == Qt::AccessibleTextRole)
        return tr("Starred");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Title");
    case SkillsColumn: return tr("Skills");
    case TagsColumn: return tr("Tags");
    case ImpactColumn: return tr("Impact");
    case StarColumn: return QStringLiteral("★");
    default: return {};
    }
}

Qt::ItemFlags WinListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == DateColumn || index.column() == TitleColumn || index.column() == ImpactColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool WinListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Win *win = winAt(index.row());
    if (!win || role != Qt::EditRole)
        return false;
    Win after = *win;
    switch (index.column()) {
    case DateColumn:
        after.date = value.toDate();
        if (!after.date.isValid())
            return false;
        break;
    case TitleColumn:
        after.title = value.toString().trimmed();
        if (after.title.isEmpty())
            return false;
        break;
    case ImpactColumn: after.impact = value.toString().trimmed(); break;
    case StarColumn: after.starred = value.toBool(); break;
    default: return false;
    }
    if (after.date == win->date && after.title == win->title && after.impact == win->impact && after.starred == win->starred)
        return false;
    // The command writes and then the session's change notice reloads this model.
    m_session->undoStack()->push(new EditWinCommand(*m_session, *win, after));
    return true;
}

void WinListModel::sort(int column, Qt::SortOrder order)
{
    WinFilter sorted = m_filter;
    switch (column) {
    case DateColumn: sorted.sort = WinFilter::Sort::Date; break;
    case TitleColumn: sorted.sort = WinFilter::Sort::Title; break;
    case ImpactColumn: sorted.sort = WinFilter::Sort::Impact; break;
    case StarColumn: sorted.sort = WinFilter::Sort::Starred; break;
    default: return;
    }
    sorted.ascending = order == Qt::AscendingOrder;
    if (sorted == m_filter)
        return;
    if (Result<void> set = setFilter(sorted); !set)
        emit loadFailed(set.error().message());
}

int WinListModel::sortColumn() const
{
    switch (m_filter.sort) {
    case WinFilter::Sort::Date: return DateColumn;
    case WinFilter::Sort::Title: return TitleColumn;
    case WinFilter::Sort::Impact: return ImpactColumn;
    case WinFilter::Sort::Starred: return StarColumn;
    }
    return DateColumn;
}

Qt::SortOrder WinListModel::sortOrder() const
{
    return m_filter.ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

} // namespace ladder
