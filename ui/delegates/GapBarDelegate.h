// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ladder {

// Draws a skill's rating against what is expected as a bar of four steps
// (proficiency 1-4): filled up to the rating, the missing steps up to the
// target outlined in the "gap" color, a tick where the current level's
// expectation is, and "gap N" or "✓" beside it, so that the text alone says
// what the colors say. Reads SkillTreeModel's roles; rows without them (a
// category) are drawn as plain text. Colors come from the palette, so the bar
// reads in light and dark mode and on a selected row.
class GapBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit GapBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ladder
