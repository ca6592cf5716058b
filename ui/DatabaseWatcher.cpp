// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseWatcher.h"

#include "application/Workspace.h"
#include "Session.h"

namespace ladder {

DatabaseWatcher::DatabaseWatcher(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    connect(m_session, &Session::opened, this, &DatabaseWatcher::restart);
    restart();
}

void DatabaseWatcher::restart()
{
    m_lastVersion = -1;
    if (!m_session->isOpen()) {
        m_timer.stop();
        return;
    }
    poll(); // the baseline of the newly opened file
    m_timer.start();
}

bool DatabaseWatcher::poll()
{
    if (!m_session->isOpen())
        return false;
    const Result<qint64> read = m_session->workspace().dataVersion();
    if (!read)
        return false; // a busy or vanished file: try again on the next tick
    const qint64 version = *read;
    const bool changed = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (changed) {
        emit externalChange();
        m_session->notifyChanged();
    }
    return changed;
}

} // namespace ladder
