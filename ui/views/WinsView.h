// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "View.h"

#include <QDate>
#include <QHash>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace ladder {

class WinFilterBar;
class WinListModel;
struct Win;

// The wins journal: a filter bar (the CLI's search syntax, period, skill,
// tag, goal, starred), the table (lazy, 100,000 wins scroll smoothly), and
// the selected win rendered from Markdown beside it. Title, date and impact
// edit in place (F2); Enter or a double-click opens the full editor; Delete
// deletes (undo brings the win back).
class WinsView : public View
{
    Q_OBJECT

public:
    explicit WinsView(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    // Selects a win and scrolls to it; false when the filter hides it.
    bool selectWin(qint64 id);
    // Selects and shows the newest win on or before `day` (else the oldest),
    // in the date order (another sort gives way); false when none is listed.
    bool goToDate(const QDate &day);
    // Asks for a day (Ctrl+G, "Go to date…"), then goToDate().
    void askGoToDate();
    QList<qint64> selectedIds() const;
    // Edit, star and delete, for the menu bar's Win menu.
    QList<QAction *> menuActions() const { return {m_editAction, m_starAction, m_deleteAction}; }

    // Lists only the wins of `day` (the dashboard calendar's click).
    void showDay(const QDate &day);

    WinListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    WinFilterBar *filterBar() const { return m_filterBar; }
    QSplitter *splitter() const { return m_splitter; }

    void editSelected();
    void deleteSelected();
    void toggleStarSelected();

signals:
    void quickAddRequested();
    void statusMessage(const QString &message);

protected:
    void resetForNewFile() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Narrows the side columns together when the table is too narrow for them.
    void fitColumns();
    // Applies the filter bar; `force` re-reads even when it has not changed.
    void applyFilter(bool force = false);
    // Selects the row, scrolled into the middle when it was out of sight.
    bool selectRow(int row);
    void updateDetail();
    void updateCount();
    void updateActions();
    void refreshChoices();

    WinFilterBar *m_filterBar;
    WinListModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QSplitter *m_splitter;
    QLabel *m_count;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_starButton;
    QPushButton *m_goToDateButton;
    QAction *m_deleteAction;
    QAction *m_editAction;
    QAction *m_starAction;
    QHash<qint64, QString> m_goalTitles;
};

} // namespace ladder
