// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace ladder {

class Session;

// Notices writes made to the open file by other programs (ladder-cli, a second
// window) and tells the session, so that views re-read without a restart.
// SQLite's PRAGMA data_version changes on this connection exactly when another
// connection has committed, so polling it is cheap (no file I/O beyond the
// WAL index) and never fires for our own writes, which notify directly.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 500;

    explicit DatabaseWatcher(Session *session, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    // Polls once now; returns true when the data changed.
    bool poll();

signals:
    void externalChange();

private:
    void restart();

    Session *m_session;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace ladder
