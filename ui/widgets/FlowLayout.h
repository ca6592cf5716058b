// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace ladder {

// Lays widgets out left to right and wraps to a new line when the row is
// full, like words in a paragraph: a row of buttons that fits a wide window
// in one line and an 800-pixel one in two, instead of making the window
// wider than the screen. A stretch added with addStretch() pushes what
// follows it to the right end of its line while there is room.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void addStretch();
    // A label and its field as one item, so that they wrap together.
    void addLabelled(QWidget *label, QWidget *field);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace ladder
