// SPDX-License-Identifier: GPL-3.0-or-later
#include "View.h"

#include "Session.h"

namespace ladder {

View::View(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    connect(m_session, &Session::dataChanged, this, &View::markStale);
    connect(m_session, &Session::opened, this, [this] {
        resetForNewFile();
        markStale();
    });
}

void View::markStale()
{
    m_stale = true;
    if (isVisible() && m_session->isOpen()) {
        m_stale = false;
        refresh();
    }
}

void View::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_session->isOpen()) {
        m_stale = false;
        refresh();
    }
}

} // namespace ladder
