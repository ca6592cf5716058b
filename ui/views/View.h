// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ladder {

class Session;

// The base of the main window's pages. A page re-reads when the data changes
// only while it is shown; a hidden page is marked stale and re-reads when it
// is next shown, so a change costs one page's queries, not six.
class View : public QWidget
{
    Q_OBJECT

public:
    explicit View(Session *session, QWidget *parent = nullptr);

    // Re-reads from the database, keeping the user's selection and scroll position.
    virtual void refresh() = 0;
    bool isStale() const { return m_stale; }
    // Refreshes now if shown, else on the next show.
    void markStale();

protected:
    // Another file was opened: drop per-file state (filters, selection).
    virtual void resetForNewFile() { }
    void showEvent(QShowEvent *event) override;

    Session *m_session;

private:
    bool m_stale = true;
};

} // namespace ladder
