// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinListModel.h"

#include "DisplayDate.h"

#include "application/Journal.h"
#include "application/Workspace.h"
#include "commands/EditWinCommand.h"
#include "domain/WinOrder.h"
#include "Session.h"

#include <QUndoStack>

namespace ladder {

namespace {

bool sameContent(const Win &a, const Win &b)
{
    return a.updatedAt == b.updatedAt && a.title == b.title && a.body == b.body && a.impact == b.impact && a.tags == b.tags
        && a.skillSlugs == b.skillSlugs && a.goalIds == b.goalIds && a.starred == b.starred;
}

} // namespace

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

void WinListModel::refreshTotal()
{
    WinFilter all = m_filter;
    all.limit = 0;
    all.offset = 0;
    Result<qint64> total = m_session->workspace().journal().count(all);
    m_total = total ? *total : qint64(m_wins.size());
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
    if (!first) {
        m_filter = previous;
        return first.error();
    }
    beginResetModel();
    m_wins = *first;
    refreshTotal();
    endResetModel();
    return {};
}

void WinListModel::clear()
{
    beginResetModel();
    m_wins.clear();
    m_total = 0;
    endResetModel();
}

void WinListModel::reload()
{
    if (!m_session->isOpen())
        return;
    const qint64 previousTotal = m_total;
    refreshTotal();
    // As many rows as were loaded, plus the ones that arrived meanwhile (up
    // to a page), so that new wins at the top do not push the loaded rows out.
    const qint64 grown = std::clamp<qint64>(m_total - previousTotal, 0, PageSize);
    const int want = int(std::max<qint64>(PageSize, qint64(m_wins.size()) + grown));
    Result<QList<Win>> fresh = query(0, want);
    if (!fresh) {
        emit loadFailed(fresh.error().message());
        return;
    }
    const QList<Win> &next = *fresh;
    const int last = ColumnCount - 1;
    int row = 0;
    qsizetype j = 0;
    while (row < m_wins.size() || j < next.size()) {
        if (j >= next.size()) {
            beginRemoveRows({}, row, int(m_wins.size()) - 1);
            m_wins.erase(m_wins.begin() + row, m_wins.end());
            endRemoveRows();
            break;
        }
        if (row >= m_wins.size()) {
            beginInsertRows({}, row, row + int(next.size() - j) - 1);
            for (; j < next.size(); ++j)
                m_wins.append(next.at(j));
            endInsertRows();
            break;
        }
        const Win &old = m_wins.at(row);
        const Win &fresher = next.at(j);
        if (old.id == fresher.id && old.date == fresher.date) {
            if (!sameContent(old, fresher)) {
                m_wins[row] = fresher;
                emit dataChanged(index(row, 0), index(row, last));
            }
            ++row;
            ++j;
        } else if (WinOrder::newestFirst(fresher, old)) {
            // New rows (or rows that moved up): insert the whole run at once.
            qsizetype end = j;
            while (end < next.size() && WinOrder::newestFirst(next.at(end), old))
                ++end;
            beginInsertRows({}, row, row + int(end - j) - 1);
            for (qsizetype k = j; k < end; ++k)
                m_wins.insert(row + int(k - j), next.at(k));
            endInsertRows();
            row += int(end - j);
            j = end;
        } else {
            // Rows that are gone (or moved down): remove the whole run at once.
            int end = row;
            while (end < m_wins.size() && WinOrder::newestFirst(m_wins.at(end), fresher))
                ++end;
            beginRemoveRows({}, row, end - 1);
            m_wins.erase(m_wins.begin() + row, m_wins.begin() + end);
            endRemoveRows();
        }
    }
}

const Win *WinListModel::winAt(int row) const
{
    if (row < 0 || row >= m_wins.size())
        return nullptr;
    return &m_wins.at(row);
}

int WinListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_wins.size(); ++row) {
        if (m_wins.at(row).id == id)
            return row;
    }
    return -1;
}

int WinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_wins.size());
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

bool WinListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session->isOpen() && m_wins.size() < m_total;
}

void WinListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_session->isOpen())
        return;
    Result<QList<Win>> page = query(int(m_wins.size()), PageSize);
    if (!page) {
        emit loadFailed(page.error().message());
        return;
    }
    // Another program may have inserted or deleted rows since the last page:
    // keep the order strict so that no row shows twice (the next reload fixes
    // what an offset shift skipped).
    QList<Win> add;
    for (const Win &win : std::as_const(*page)) {
        if (m_wins.isEmpty() || WinOrder::newestFirst(m_wins.constLast(), win)) {
            if (add.isEmpty() || WinOrder::newestFirst(add.constLast(), win))
                add << win;
        }
    }
    if (add.isEmpty()) {
        // Nothing new at this offset: stop asking until the next reload.
        m_total = m_wins.size();
        return;
    }
    beginInsertRows({}, int(m_wins.size()), int(m_wins.size() + add.size()) - 1);
    m_wins.append(add);
    endInsertRows();
}

} // namespace ladder
