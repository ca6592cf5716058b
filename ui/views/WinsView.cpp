// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinsView.h"

#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Workspace.h"
#include "commands/DeleteWinCommand.h"
#include "commands/EditWinCommand.h"
#include "commands/StarWinsCommand.h"
#include "dialogs/WinEditDialog.h"
#include "models/WinListModel.h"
#include "Session.h"
#include "widgets/DateField.h"
#include "widgets/WinFilterBar.h"
#include "WinMarkdown.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ladder {

WinsView::WinsView(Session *session, QWidget *parent)
    : View(session, parent)
    , m_filterBar(new WinFilterBar(this))
    , m_model(new WinListModel(session, this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_count(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Log a win…"), this))
    , m_editButton(new QPushButton(tr("Ed&it…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_starButton(new QPushButton(tr("St&ar"), this))
    , m_goToDateButton(new QPushButton(tr("Go &to date…"), this))
    , m_deleteAction(new QAction(tr("&Delete"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_starAction(new QAction(tr("Toggle s&tar"), this))
{
    setObjectName(QStringLiteral("winsView"));
    m_filterBar->setObjectName(QStringLiteral("winFilterBar"));
    m_table->setObjectName(QStringLiteral("winTable"));
    m_table->setAccessibleName(tr("Wins"));
    m_detail->setObjectName(QStringLiteral("winDetail"));
    m_detail->setAccessibleName(tr("Selected win"));
    m_detail->setOpenExternalLinks(true);
    m_splitter->setObjectName(QStringLiteral("winsSplitter"));
    m_count->setObjectName(QStringLiteral("winCount"));
    m_addButton->setObjectName(QStringLiteral("winAddButton"));
    m_editButton->setObjectName(QStringLiteral("winEditButton"));
    m_deleteButton->setObjectName(QStringLiteral("winDeleteButton"));
    m_starButton->setObjectName(QStringLiteral("winStarButton"));
    m_goToDateButton->setObjectName(QStringLiteral("winGoToDateButton"));
    m_goToDateButton->setToolTip(tr("Select the wins of a day (Ctrl+G)"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights: the view never measures rows, so scrolling stays
    // smooth however many pages are loaded.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    columns->resizeSection(WinListModel::DateColumn, fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 3 * ch);
    fitColumns();
    m_table->viewport()->installEventFilter(this);
    columns->resizeSection(WinListModel::StarColumn, fontMetrics().horizontalAdvance(QStringLiteral("★")) + 4 * ch);
    columns->setSectionResizeMode(WinListModel::TitleColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(WinListModel::StarColumn, QHeaderView::Fixed);
    columns->setMinimumSectionSize(4 * ch);
    // A header click sorts in the database (WinListModel::sort), kept while
    // the filter changes; skills and tags do not sort.
    columns->setSortIndicator(WinListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, [this, columns] {
        if (columns->sortIndicatorSection() != m_model->sortColumn() || columns->sortIndicatorOrder() != m_model->sortOrder()) {
            const QSignalBlocker blocker(columns);
            columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });

    m_deleteAction->setObjectName(QStringLiteral("winDeleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setObjectName(QStringLiteral("winEditAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_starAction->setObjectName(QStringLiteral("winStarAction"));
    m_starAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_starAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_editAction);
    m_table->addAction(m_starAction);
    m_table->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &WinsView::deleteSelected);
    connect(m_editAction, &QAction::triggered, this, &WinsView::editSelected);
    connect(m_starAction, &QAction::triggered, this, &WinsView::toggleStarSelected);
    connect(m_addButton, &QPushButton::clicked, this, &WinsView::quickAddRequested);
    connect(m_editButton, &QPushButton::clicked, this, &WinsView::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &WinsView::deleteSelected);
    connect(m_starButton, &QPushButton::clicked, this, &WinsView::toggleStarSelected);
    connect(m_goToDateButton, &QPushButton::clicked, this, &WinsView::askGoToDate);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_starButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_goToDateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_count);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    // The table gets the width it needs for six columns; the selected win
    // reads below it.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_detail->setMinimumHeight(fontMetrics().height() * 6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filterBar, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_starButton);
    setTabOrder(m_starButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_goToDateButton);
    setTabOrder(m_goToDateButton, m_table);
    setTabOrder(m_table, m_detail);

    connect(m_filterBar, &WinFilterBar::changed, this, [this] { applyFilter(); });
    // The preview and the actions follow the selection, never the current
    // row alone: Ctrl+arrows and the scroll bar move away from a selected win
    // without unselecting it, and Delete must delete what the preview shows.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WinsView::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != WinListModel::StarColumn)
            editSelected();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == WinListModel::StarColumn)
            toggleStarSelected();
    });
    connect(m_model, &WinListModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        if (selected.size() == 1 && selected.first().row() >= topLeft.row() && selected.first().row() <= bottomRight.row())
            updateDetail();
    });
    connect(m_model, &WinListModel::rowsInserted, this, &WinsView::updateCount);
    connect(m_model, &WinListModel::rowsRemoved, this, &WinsView::updateCount);
    connect(m_model, &WinListModel::modelReset, this, &WinsView::updateCount);
    // A reset (another filter) clears the selection without a
    // selectionChanged signal: the actions must hear of it too.
    connect(m_model, &WinListModel::modelReset, this, &WinsView::updateActions);
    connect(m_model, &WinListModel::rowsRemoved, this, &WinsView::updateActions);
    connect(m_model, &WinListModel::layoutChanged, this, &WinsView::updateActions);
    connect(m_model, &WinListModel::loadFailed, this, &WinsView::statusMessage);
    updateActions();
}

void WinsView::resetForNewFile()
{
    m_filterBar->clearFilters();
    // Another file: the rows loaded are of the old one.
    applyFilter(true);
}

void WinsView::refresh()
{
    if (!m_session->isOpen()) {
        m_model->clear();
        return;
    }
    refreshChoices();
    m_model->reload();
    updateCount();
    updateDetail();
}

void WinsView::refreshChoices()
{
    Workspace &ws = m_session->workspace();
    QStringList names;
    const QStringList slugs = m_session->skillSlugs();
    for (const QString &slug : slugs)
        names << m_session->skillName(slug);
    Result<QStringList> tags = ws.journal().tags();
    QList<Goal> goals;
    if (Result<QList<Goal>> listed = ws.goals().list())
        goals = *listed;
    m_goalTitles.clear();
    for (const Goal &goal : std::as_const(goals))
        m_goalTitles.insert(goal.id, goal.title);
    m_filterBar->setChoices(slugs, names, tags ? *tags : QStringList(), goals);
}

void WinsView::applyFilter(bool force)
{
    if (!m_session->isOpen())
        return;
    Result<WinFilter> filter = m_filterBar->filter(m_session->today());
    if (!filter) {
        m_filterBar->showError(filter.error().message());
        return;
    }
    m_filterBar->showError(QString());
    filter->sort = m_model->filter().sort;
    filter->ascending = m_model->filter().ascending;
    if (!force && *filter == m_model->filter() && m_model->rowCount() > 0)
        return;
    // A win the new filter still shows stays selected; one it hides is
    // unselected, so no action applies to a row the user cannot see.
    const QList<qint64> keep = selectedIds();
    if (auto set = m_model->setFilter(*filter); !set) {
        m_filterBar->showError(set.error().message());
        return;
    }
    // The reset left nothing selected.
    for (qint64 id : keep) {
        if (const int row = m_model->rowOf(id); row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, WinListModel::TitleColumn),
                                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void WinsView::showDay(const QDate &day)
{
    // The filter bar's change applies the filter.
    m_filterBar->showDay(day);
}

bool WinsView::selectWin(qint64 id)
{
    return selectRow(m_model->rowOf(id));
}

bool WinsView::selectRow(int row)
{
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, WinListModel::TitleColumn);
    // Centred when it has to come into view, so the rows around it show too
    // (asked before selecting: selecting scrolls it just into view).
    const bool hidden = !m_table->viewport()->rect().contains(m_table->visualRect(index));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (hidden)
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QList<qint64> WinsView::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(WinListModel::IdRole).toLongLong();
    return ids;
}

bool WinsView::goToDate(const QDate &day)
{
    // The day's place is in the date order: another sort gives way to it.
    QHeaderView *columns = m_table->horizontalHeader();
    if (m_model->sortColumn() != WinListModel::DateColumn)
        columns->setSortIndicator(WinListModel::DateColumn, Qt::DescendingOrder);
    if (!selectRow(m_model->rowOnOrBefore(day))) {
        emit statusMessage(tr("No wins to go to"));
        return false;
    }
    m_table->setFocus();
    return true;
}

void WinsView::askGoToDate()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("goToDateDialog"));
    dialog.setWindowTitle(tr("Go to date"));
    auto *date = new DateField(&dialog);
    date->setObjectName(QStringLiteral("goToDateEdit"));
    const Win *selected = m_model->winAt(m_table->currentIndex().row());
    date->setDate(selected ? selected->date : m_session->today());
    auto *label = new QLabel(tr("Show the wins of &day:"), &dialog);
    label->setBuddy(date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(date, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        goToDate(date->date());
}

void WinsView::fitColumns()
{
    // Skills, tags and impact at their natural widths while the title keeps
    // room for a few words; in a narrow window they give way together, so
    // no column is pushed out of sight behind a horizontal scrollbar.
    QHeaderView *columns = m_table->horizontalHeader();
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const struct
    {
        int column;
        int width;
    } sides[] = {{WinListModel::SkillsColumn, 24 * ch}, {WinListModel::TagsColumn, 16 * ch}, {WinListModel::ImpactColumn, 22 * ch}};
    int natural = 0;
    for (const auto &side : sides)
        natural += side.width;
    const int room = m_table->viewport()->width() - columns->sectionSize(WinListModel::DateColumn)
        - columns->sectionSize(WinListModel::StarColumn) - 24 * ch;
    const double scale = room >= natural ? 1.0 : std::max(0.3, double(room) / natural);
    for (const auto &side : sides)
        columns->resizeSection(side.column, int(side.width * scale));
}

bool WinsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return View::eventFilter(watched, event);
}

void WinsView::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        m_detail->setMarkdown(tr("### %1 wins selected\n\nStar or delete them together.").arg(rows.size()));
        return;
    }
    const Win *win = rows.isEmpty() ? nullptr : m_model->winAt(rows.first().row());
    if (!win) {
        if (m_model->rowCount() == 0)
            m_detail->setMarkdown(m_model->filter().query.isEmpty() && m_model->totalCount() == 0
                                      ? tr("### No wins yet\n\nPress **Ctrl+N** to log your first one.")
                                      : tr("### No wins match\n\nChange the search or the filters."));
        else
            m_detail->setMarkdown(tr("### Select a win\n\nIts full text, impact and links show here."));
        return;
    }
    QStringList goals;
    for (qint64 id : win->goalIds)
        goals << m_goalTitles.value(id, tr("goal %1").arg(id));
    m_detail->setMarkdown(WinMarkdown::render(*win, *m_session, goals));
}

void WinsView::updateCount()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const WinFilter &f = m_model->filter();
    const bool filtered = !f.query.isEmpty() || f.from.isValid() || f.to.isValid() || !f.skillSlug.isEmpty() || !f.tag.isEmpty()
        || f.goalId > 0 || f.starredOnly;
    if (filtered)
        m_count->setText(total == 1 ? tr("1 win matches") : tr("%1 wins match").arg(locale.toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 win") : tr("%1 wins").arg(locale.toString(total)));
}

void WinsView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    const bool one = m_table->selectionModel()->selectedRows().size() == 1;
    m_deleteAction->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_editAction->setEnabled(one);
    m_editButton->setEnabled(one);
    m_starAction->setEnabled(any);
    m_starButton->setEnabled(any);
    updateDetail();
}

void WinsView::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Win *win = m_model->winAt(rows.first().row());
    if (!win)
        return;
    const Win before = *win;
    WinEditDialog dialog(m_session, before, this);
    dialog.setSave([this, &before](const Win &after) { return m_session->execute(new EditWinCommand(*m_session, before, after)); });
    dialog.exec();
}

void WinsView::deleteSelected()
{
    QList<Win> wins;
    int firstRow = -1;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Win *win = m_model->winAt(index.row())) {
            wins << *win;
            firstRow = firstRow < 0 ? index.row() : std::min(firstRow, index.row());
        }
    }
    if (wins.isEmpty())
        return;
    // The command tells the window what it did (WriteCommand::doneMessage).
    m_session->undoStack()->push(new DeleteWinCommand(*m_session, wins));
    // Keep the keyboard where it was: select the win that took the row's place.
    const int row = std::min(firstRow, m_model->rowCount() - 1);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, WinListModel::TitleColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void WinsView::toggleStarSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // Several rows: star them all unless all are starred already.
    bool allStarred = true;
    for (const QModelIndex &index : rows)
        allStarred = allStarred && index.data(WinListModel::StarredRole).toBool();
    if (rows.size() == 1) {
        m_model->setData(m_model->index(rows.first().row(), WinListModel::StarColumn), !allStarred);
        return;
    }
    QList<Win> wins;
    for (const QModelIndex &index : rows) {
        const Win *win = m_model->winAt(index.row());
        if (win && win->starred == allStarred)
            wins << *win;
    }
    m_session->undoStack()->push(new StarWinsCommand(*m_session, wins, !allStarred));
}

} // namespace ladder
