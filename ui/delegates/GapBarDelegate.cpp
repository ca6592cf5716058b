// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapBarDelegate.h"

#include "models/SkillTreeModel.h"
#include "report/ReportText.h"
#include "StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace ladder {

namespace {

// Steps of the built-in scale: the bar's width when a row does not say its scale.
constexpr int BuiltInSteps = 4;

int stepsOf(const QModelIndex &index)
{
    const QVariant max = index.data(SkillTreeModel::ScaleMaxRole);
    return max.isValid() ? std::max(1, max.toInt()) : BuiltInSteps;
}
constexpr int Margin = 4;

int segmentWidth(const QFontMetrics &metrics)
{
    // Scales with the font, so the bar keeps its proportions at any DPI.
    return std::max(14, metrics.height() + 4);
}

} // namespace

GapBarDelegate::GapBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void GapBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(SkillTreeModel::IsSkillRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row background (selection, hover, focus) as the style draws it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int rating = std::max(0, index.data(SkillTreeModel::RatingRole).toInt());
    const bool unrated = index.data(SkillTreeModel::RatingRole).toInt() < 0;
    const int target = index.data(SkillTreeModel::TargetExpectedRole).toInt();
    const int current = index.data(SkillTreeModel::CurrentExpectedRole).toInt();
    const int gap = index.data(SkillTreeModel::GapRole).toInt();
    const QVariant applies = index.data(SkillTreeModel::TargetApplicableRole);
    const bool applicable = !applies.isValid() || applies.toBool();
    const int steps = stepsOf(index);

    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    // Green when the rating reaches the target, the accent color while it does not.
    const QColor filled = selected ? text : (gap == 0 ? StatusColors::good(palette) : palette.color(QPalette::Highlight));
    const QColor missing = StatusColors::bad(palette);
    const QColor track = selected ? StatusColors::withAlpha(text, 70) : StatusColors::subtle(palette);

    const QFontMetrics metrics(option.font);
    const int segment = segmentWidth(metrics);
    const int barHeight = std::max(8, metrics.height() / 2);
    const QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    const int top = area.center().y() - barHeight / 2;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int step = 1; step <= steps; ++step) {
        const QRectF box(area.left() + (step - 1) * (segment + 2) + 0.5, top + 0.5, segment - 1, barHeight - 1);
        if (step <= rating) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(filled);
        } else if (step <= target) {
            painter->setPen(QPen(missing, 1.5));
            painter->setBrush(StatusColors::withAlpha(missing, 40));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(StatusColors::withAlpha(track, 120));
        }
        painter->drawRoundedRect(box, 2, 2);
    }
    if (current > 0) {
        // A tick under the bar at the end of the current level's expectation.
        const qreal x = area.left() + current * (segment + 2) - 1.5;
        painter->setPen(QPen(text, 2));
        painter->drawLine(QPointF(x, top - 3), QPointF(x, top + barHeight + 3));
    }
    const int textLeft = area.left() + steps * (segment + 2) + Margin;
    const QRect textRect(textLeft, option.rect.top(), option.rect.right() - textLeft, option.rect.height());
    QString label;
    if (!applicable) {
        painter->setPen(selected ? text : StatusColors::subtle(palette));
        label = ReportText::notApplicable();
    } else if (gap > 0) {
        painter->setPen(selected ? text : missing);
        label = tr("gap %1").arg(gap);
    } else {
        painter->setPen(selected ? text : StatusColors::good(palette));
        label = tr("✓ at target");
    }
    if (unrated)
        label += tr(" (unrated)");
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(label, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize GapBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(SkillTreeModel::IsSkillRole).toBool())
        return size;
    const QFontMetrics metrics(option.font);
    const int steps = stepsOf(index);
    const int label
        = std::max(metrics.horizontalAdvance(tr("✓ at target")), metrics.horizontalAdvance(tr("gap %1").arg(steps) + tr(" (unrated)")));
    const int width = Margin * 3 + steps * (segmentWidth(metrics) + 2) + label;
    return QSize(std::max(size.width(), width), std::max(size.height(), metrics.height() + 8));
}

} // namespace ladder
