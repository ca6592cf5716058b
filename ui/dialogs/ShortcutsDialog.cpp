// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ladder {

namespace {

// "&Open database…" as the menu shows it: "Open database…".
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void addMenu(QTreeWidgetItem *parent, QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            auto *item = new QTreeWidgetItem(parent, {plain(sub->title())});
            addMenu(item, sub);
            if (item->childCount() == 0)
                delete item;
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(parent, {plain(action->text()), shown.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<QAction *> menus = menuBar->actions();
    for (QAction *entry : menus) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {plain(menu->title())});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        addMenu(item, menu);
        if (item->childCount() == 0)
            delete item;
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 30, line * 34);
}

} // namespace ladder
