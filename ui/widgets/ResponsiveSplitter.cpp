// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponsiveSplitter.h"

#include <QResizeEvent>

namespace ladder {

ResponsiveSplitter::ResponsiveSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setChildrenCollapsible(false);
}

void ResponsiveSplitter::setSideBySideFrom(int characters)
{
    m_characters = characters;
    follow(width());
}

int ResponsiveSplitter::sideBySideWidth() const
{
    return fontMetrics().averageCharWidth() * m_characters;
}

void ResponsiveSplitter::resizeEvent(QResizeEvent *event)
{
    follow(event->size().width());
    QSplitter::resizeEvent(event);
}

void ResponsiveSplitter::follow(int width)
{
    // Before the first layout the width means nothing yet.
    if (width <= 0 || count() < 2)
        return;
    const Qt::Orientation wanted = width >= sideBySideWidth() ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation())
        return;
    setOrientation(wanted);
    // The list keeps the larger share either way (sizes are proportions).
    QList<int> shares(count(), 2000);
    shares[0] = 3000;
    setSizes(shares);
}

} // namespace ladder
