// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowLayout.h"

#include <QHBoxLayout>
#include <QSpacerItem>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace ladder {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void FlowLayout::addLabelled(QWidget *label, QWidget *field)
{
    auto *pair = new QWidget(parentWidget());
    auto *row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(field);
    addWidget(pair);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else can wrap.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (width > 0 ? gap(Qt::Horizontal) : 0);
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    if (!owner)
        return 0;
    return owner->style()->pixelMetric(
        orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing, nullptr, owner);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int across = gap(Qt::Horizontal);
    const int down = gap(Qt::Vertical);

    // Split into lines first, so that a stretch can give its line's spare
    // room to what follows it.
    struct Line
    {
        QList<QLayoutItem *> items;
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    for (QLayoutItem *item : m_items) {
        const bool stretch = item->spacerItem() != nullptr;
        if (item->isEmpty() && !stretch)
            continue;
        const QSize hint = stretch ? QSize(0, 0) : item->sizeHint();
        Line &line = lines.last();
        const int needed = line.width + (line.items.isEmpty() ? 0 : across) + hint.width();
        if (!line.items.isEmpty() && needed > area.width() && !stretch) {
            lines.append(Line{});
        }
        Line &current = lines.last();
        current.width += (current.items.isEmpty() ? 0 : across) + hint.width();
        current.height = std::max(current.height, hint.height());
        current.items << item;
    }

    int y = area.y();
    for (const Line &line : lines) {
        if (line.items.isEmpty())
            continue;
        const int spare = std::max(0, area.width() - line.width);
        const int stretches
            = int(std::count_if(line.items.cbegin(), line.items.cend(), [](QLayoutItem *item) { return item->spacerItem() != nullptr; }));
        int x = area.x();
        for (QLayoutItem *item : line.items) {
            if (item->spacerItem()) {
                x += spare / stretches;
                continue;
            }
            // An item wider than the whole line gets the line, not more.
            const QSize hint(std::min(item->sizeHint().width(), area.width()), item->sizeHint().height());
            if (apply)
                item->setGeometry(QRect(QPoint(x, y + (line.height - hint.height()) / 2), hint));
            x += hint.width() + across;
        }
        y += line.height + down;
    }
    return y - down - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace ladder
