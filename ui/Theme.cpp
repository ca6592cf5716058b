// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace ladder {

namespace {

QString settingsKey()
{
    return QStringLiteral("view/theme");
}

} // namespace

QString Theme::key(Choice choice)
{
    switch (choice) {
    case Light: return QStringLiteral("light");
    case Dark: return QStringLiteral("dark");
    case System: break;
    }
    return QStringLiteral("system");
}

QString Theme::menuText(Choice choice)
{
    switch (choice) {
    case Light: return tr("&Light");
    case Dark: return tr("&Dark");
    case System: break;
    }
    return tr("&Follow the system");
}

Theme::Choice Theme::stored()
{
    const QString value = QSettings().value(settingsKey()).toString();
    for (Choice choice : {Light, Dark}) {
        if (value == key(choice))
            return choice;
    }
    return System;
}

void Theme::store(Choice choice)
{
    QSettings().setValue(settingsKey(), key(choice));
}

QPalette Theme::system()
{
    // Taken once, before the first apply() replaces it: Qt keeps no copy of
    // the desktop's palette once the application sets its own.
    static const QPalette desktop = QApplication::palette();
    return desktop;
}

QPalette Theme::light()
{
    return QApplication::style()->standardPalette();
}

QPalette Theme::dark()
{
    // Base well below Window, so that Fusion's check box outlines show on lists.
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QPalette Theme::palette(Choice choice)
{
    switch (choice) {
    case Light: return light();
    case Dark: return dark();
    case System: break;
    }
    return system();
}

void Theme::apply(Choice choice)
{
    system(); // taken before the first change
    QApplication::setPalette(palette(choice));
}

void Theme::applyStored()
{
    apply(stored());
}

} // namespace ladder
